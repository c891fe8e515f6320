package health.falcon.fitbit.export;

import java.io.IOException;

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
		return this.properties.uploads();
	}

	@Override
	public @Nullable String refuse(KeptFile file) throws IOException {
		return file.isZip() ? null : NOT_A_ZIP;
	}

	@Override
	public void read(ImportJob job, ImportReport report) {
		this.importer.importZip(job.userId(), job.file().path(), job.zone(), job.zoneAssumed(), job.id(), report);
	}

}
