package health.falcon.ingest.imports;

import java.util.List;

/**
 * A reader's report outside the pipeline, for a service's tests of its
 * {@link ImportReader}: a report to hand to the reader, and what it collected in the
 * shape the endpoints show.
 */
public final class ImportReports {

	private ImportReports() {
	}

	/**
	 * A report listing up to 200 errors, ignoring progress.
	 * @return the report
	 */
	public static ImportReport collecting() {
		return new ImportReport(200, (done, total) -> {
		});
	}

	/**
	 * A report listing up to 200 errors that records every progress step.
	 * @param progress where the steps go
	 * @return the report
	 */
	public static ImportReport collecting(List<ImportView.Progress> progress) {
		return new ImportReport(200, (done, total) -> progress.add(new ImportView.Progress(done, total)));
	}

	/**
	 * What the report collected, as the import's view would show it once finished.
	 * @param report the report
	 * @return the view of a finished upload
	 */
	public static ImportView view(ImportReport report) {
		ImportResult result = report.result();
		return new ImportView("test", "test", ImportOrigin.UPLOAD, "upload", null, null, result.format(),
				result.status(), result.reason(), null, null, false, new ImportView.Progress(0, 0),
				result.rowsImported(), result.rowsSkipped(), result.files(), result.skipped(), result.errors(),
				result.moreErrors(), null, null, null, null);
	}

}
