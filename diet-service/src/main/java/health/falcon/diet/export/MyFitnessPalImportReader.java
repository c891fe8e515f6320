package health.falcon.diet.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

	private static final int HEAD = 4096;

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
		return isZipOrCsv(file.head(HEAD)) ? null : NOT_AN_EXPORT;
	}

	@Override
	public void read(ImportJob job, ImportReport report) throws IOException {
		this.importer.read(job, report);
	}

	/**
	 * Tell a ZIP archive (its magic number) or a CSV text file (no NUL byte, a comma in
	 * the first line) from anything else by its first bytes.
	 */
	static boolean isZipOrCsv(byte[] head) {
		if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), MyFitnessPalImporter.ZIP_MAGIC)) {
			return true;
		}
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		String text = new String(head, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		String firstLine = (end >= 0) ? text.substring(0, end) : text;
		return firstLine.contains(",");
	}

}
