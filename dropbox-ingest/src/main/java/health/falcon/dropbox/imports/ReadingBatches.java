package health.falcon.dropbox.imports;

import java.util.ArrayList;
import java.util.List;

import health.falcon.dropbox.formats.BloodPressureReading;
import health.falcon.dropbox.formats.RowError;
import health.falcon.dropbox.formats.RowSink;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.FileSource;
import health.falcon.ingest.imports.ImportReport;

/**
 * Receives parsed readings and writes them in batches, telling the import's report how
 * many were stored and which rows were rejected (the report lists the first ones), so
 * that memory stays bounded whatever the file's size.
 */
final class ReadingBatches implements RowSink<BloodPressureReading> {

	private final BloodPressureStore store;

	private final String userId;

	private final FileSource source;

	private final int batchSize;

	private final ImportReport report;

	private final List<BloodPressureReading> batch = new ArrayList<>();

	ReadingBatches(BloodPressureStore store, String userId, FileSource source, int batchSize, ImportReport report) {
		this.store = store;
		this.userId = userId;
		this.source = source;
		this.batchSize = batchSize;
		this.report = report;
	}

	@Override
	public void accept(BloodPressureReading row) {
		this.batch.add(row);
		if (this.batch.size() >= this.batchSize) {
			flush();
		}
	}

	@Override
	public void reject(RowError error) {
		this.report.rejected(null, error.line(), error.reason());
	}

	/**
	 * Write the readings still waiting.
	 */
	void flush() {
		this.store.upsert(this.userId, this.source, this.batch);
		this.report.imported(this.batch.size());
		this.batch.clear();
	}

}
