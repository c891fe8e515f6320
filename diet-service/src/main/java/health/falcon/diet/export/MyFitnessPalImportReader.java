package health.falcon.diet.export;

import java.io.IOException;

import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * MyFitnessPal exports on the ingest kit's file imports
 * ({@code /api/connections/myfitnesspal/imports} and the hand-off
 * {@code /internal/myfitnesspal/imports}): refuses an upload that is neither a ZIP
 * archive nor a CSV text file before it is queued, and reads the rest with
 * {@link MyFitnessPalImporter}, within {@code falcon.diet.imports.*}.
 */
@Component
class MyFitnessPalImportReader implements ImportReader {

	static final String PROVIDER = "myfitnesspal";

	static final String NOT_AN_EXPORT = "The upload is neither a ZIP archive nor a CSV file.";

	private final MyFitnessPalImporter importer;

	private final DietImportProperties properties;

	MyFitnessPalImportReader(MyFitnessPalImporter importer, DietImportProperties properties) {
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
		return (file.isZip() || file.isCsvText()) ? null : NOT_AN_EXPORT;
	}

	@Override
	public void read(ImportJob job, ImportReport report) throws IOException {
		this.importer.read(job, report);
	}

}
