package health.falcon.fitbit.export;

import org.jspecify.annotations.Nullable;

/**
 * An import run as the API shows it.
 *
 * @param id the import id
 * @param status where it is
 * @param fileName the uploaded file's name
 * @param zone the zone the export's wall times are read in
 * @param zoneAssumed whether that zone was assumed (profile zone or UTC) rather than
 * confirmed
 * @param progress data files done and to do
 * @param report the report, once finished
 */
record ImportView(String id, ImportStatus status, String fileName, String zone, boolean zoneAssumed, Progress progress,
		@Nullable ImportReport report) {

	/**
	 * How far the import has got.
	 *
	 * @param entriesDone data files read
	 * @param entriesTotal data files to read
	 */
	record Progress(int entriesDone, int entriesTotal) {

	}

}
