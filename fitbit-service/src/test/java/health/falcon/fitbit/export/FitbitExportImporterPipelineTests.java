package health.falcon.fitbit.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The Fitbit reader as the import pipeline sees it: its provider, its limits, the uploads
 * it refuses before they are queued, and an archive it refuses as a whole.
 */
class FitbitExportImporterPipelineTests {

	private final FitbitExportImporter reader = new FitbitExportImporter(mock(HeartRateStore.class),
			mock(SleepStore.class), mock(DailyActivityStore.class), mock(QuarantinedRecords.class),
			new FitbitImportProperties(DataSize.ofMegabytes(5), 100, DataSize.ofMegabytes(1), DataSize.ofMegabytes(2),
					50, 1000, 3, 4, 5),
			Clock.systemUTC());

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
	void refusesAnArchiveItCannotOpenAsAWholeAndStoresNothing() throws IOException {
		KeptFile file = kept(new byte[] { 'P', 'K', 3, 4 });
		ImportReport report = ImportReports.collecting();

		this.reader.read(
				new ImportJob("imp-1", "u1", ImportOrigin.HANDOFF, file, ZoneId.of("Asia/Tokyo"), true, null, null),
				report);

		assertThat(ImportReports.view(report).status()).isEqualTo(ImportStatus.FAILED);
		assertThat(ImportReports.view(report).reason()).startsWith("refused");
	}

	private KeptFile kept(byte[] content) throws IOException {
		Path path = Files.write(Files.createTempFile(this.temp, "upload", ".zip"), content);
		return new KeptFile(path, "export.zip", content.length, "0".repeat(64));
	}

}
