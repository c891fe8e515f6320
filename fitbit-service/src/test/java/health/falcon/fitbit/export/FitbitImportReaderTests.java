package health.falcon.fitbit.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class FitbitImportReaderTests {

	private final FitbitExportImporter importer = mock(FitbitExportImporter.class);

	private final FitbitImportReader reader = new FitbitImportReader(this.importer, new FitbitImportProperties(
			DataSize.ofMegabytes(5), 100, DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), 50, 1000, 3, 4, 5));

	@TempDir
	Path temp;

	@Test
	void importsUnderTheFitbitProviderWithinTheServicesLimits() {
		assertThat(this.reader.provider()).isEqualTo("fitbit");
		assertThat(this.reader.limits()).isEqualTo(new UploadLimits(DataSize.ofMegabytes(5), 3, 4, 5,
				"falcon.fitbit.imports.max-concurrent-per-user", 200));
	}

	@Test
	void refusesAFileThatIsNotAZipArchive() throws IOException {
		assertThat(this.reader.refuse(kept("hello".getBytes()))).isEqualTo("The upload is not a ZIP archive.");
		assertThat(this.reader.refuse(kept(new byte[] { 'P', 'K' }))).isEqualTo("The upload is not a ZIP archive.");
		assertThat(this.reader.refuse(kept(new byte[] { 'P', 'K', 3, 4, 0 }))).isNull();
	}

	@Test
	void readsTheFileInTheZoneTheKitSettled() throws IOException {
		KeptFile file = kept(new byte[] { 'P', 'K', 3, 4 });
		ImportReport report = ImportReports.collecting();

		this.reader.read(
				new ImportJob("imp-1", "u1", ImportOrigin.HANDOFF, file, ZoneId.of("Asia/Tokyo"), true, null, null),
				report);

		then(this.importer).should().importZip("u1", file.path(), ZoneId.of("Asia/Tokyo"), true, "imp-1", report);
	}

	private KeptFile kept(byte[] content) throws IOException {
		Path path = Files.write(Files.createTempFile(this.temp, "upload", ".zip"), content);
		return new KeptFile(path, "export.zip", content.length, "0".repeat(64));
	}

}
