package health.falcon.dropbox.imports;

import java.util.ArrayList;
import java.util.List;

import health.falcon.dropbox.formats.BloodPressureReading;
import health.falcon.dropbox.formats.RowError;
import health.falcon.dropbox.formats.RowSink;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.FileSource;

/**
 * Receives parsed readings and writes them in batches, counting rows and keeping the
 * first rejected ones, so that memory stays bounded whatever the file's size.
 */
final class ReadingBatches implements RowSink<BloodPressureReading> {

	private final BloodPressureStore store;

	private final String userId;

	private final FileSource source;

	private final int batchSize;

	private final int maxErrors;

	private final List<BloodPressureReading> batch = new ArrayList<>();

	private final List<RowError> errors = new ArrayList<>();

	private long imported;

	private long skipped;

	ReadingBatches(BloodPressureStore store, String userId, FileSource source, int batchSize, int maxErrors) {
		this.store = store;
		this.userId = userId;
		this.source = source;
		this.batchSize = batchSize;
		this.maxErrors = maxErrors;
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
		this.skipped++;
		if (this.errors.size() < this.maxErrors) {
			this.errors.add(error);
		}
	}

	ImportOutcome finish(String format) {
		flush();
		return new ImportOutcome(format, ImportStatus.SUCCEEDED, this.imported, this.skipped, List.copyOf(this.errors),
				null);
	}

	private void flush() {
		this.store.upsert(this.userId, this.source, this.batch);
		this.imported += this.batch.size();
		this.batch.clear();
	}

}
