package health.falcon.dropbox.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import health.falcon.dropbox.formats.RowError;
import org.jspecify.annotations.Nullable;

/**
 * What a profile reads from a sample file, nothing stored: the header, the first readings
 * and the first rejected rows, and the counts over the whole file.
 *
 * @param header the header fields as written
 * @param rows the first readings
 * @param errors the first rejected rows with their reasons
 * @param rowsRead every data row read (readings plus rejected rows)
 * @param rowsRejected how many of the rows read were rejected
 */
record ProfilePreview(List<String> header, List<Row> rows, List<RowError> errors, long rowsRead, long rowsRejected) {

	/**
	 * One reading as it would be stored.
	 *
	 * @param line the line in the file
	 * @param instant when it was taken
	 * @param localDateTime the wall time it was read as
	 * @param localDate the local day it counts for
	 * @param zone the zone the wall time was read in
	 * @param zoneAssumed whether that zone was assumed
	 * @param systolic mmHg
	 * @param diastolic mmHg
	 * @param pulse bpm, if the file has it
	 */
	record Row(int line, Instant instant, LocalDateTime localDateTime, LocalDate localDate, String zone,
			boolean zoneAssumed, int systolic, int diastolic, @Nullable Integer pulse) {

	}

}
