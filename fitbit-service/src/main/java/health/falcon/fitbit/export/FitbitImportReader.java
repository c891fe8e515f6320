package health.falcon.fitbit.export;

import java.io.IOException;
import java.util.Arrays;

import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The Fitbit account archive and Google Takeout exports in the ingest kit's import
 * pipeline ({@code /api/connections/fitbit/imports} and the hand-off
 * {@code /internal/fitbit/imports}): refuses an upload that is not a ZIP archive before
 * it is queued, and reads the rest with {@link FitbitExportImporter} in the zone the kit
 * settled for the file.
 */
@Component
class FitbitImportReader implements ImportReader {

	static final String PROVIDER = "fitbit";

	static final String NOT_A_ZIP = "The upload is not a ZIP archive.";

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final int MAX_ERRORS = 200;

	private final FitbitExportImporter importer;

	private final FitbitImportProperties properties;

	FitbitImportReader(FitbitExportImporter importer, FitbitImportProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public UploadLimits limits() {
		return new UploadLimits(this.properties.maxUploadSize(), this.properties.workers(),
				this.properties.queueCapacity(), this.properties.maxConcurrentPerUser(),
				FitbitImportProperties.PREFIX + ".max-concurrent-per-user", MAX_ERRORS);
	}

	@Override
	public @Nullable String refuse(KeptFile file) throws IOException {
		return Arrays.equals(file.head(ZIP_MAGIC.length), ZIP_MAGIC) ? null : NOT_A_ZIP;
	}

	@Override
	public void read(ImportJob job, ImportReport report) {
		this.importer.importZip(job.userId(), job.file().path(), job.zone(), job.zoneAssumed(), job.id(), report);
	}

}
