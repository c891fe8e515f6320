package health.falcon.diet.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import health.falcon.diet.nutrition.BodyMeasurementStore;
import health.falcon.diet.nutrition.NutritionDayStore;
import health.falcon.documents.settings.UserZones;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.mock;

/**
 * The MyFitnessPal reader as the import pipeline sees it: its provider, its limits, and
 * the uploads it refuses before they are queued.
 */
class MyFitnessPalImporterPipelineTests {

	private final MyFitnessPalImporter reader = new MyFitnessPalImporter(mock(NutritionDayStore.class),
			mock(BodyMeasurementStore.class), mock(UserZones.class), DietImportProperties.defaults(),
			Clock.systemUTC());

	@TempDir
	private Path folder;

	@Test
	void acceptsAZipArchive() throws IOException {
		assertThat(this.reader.refuse(kept(Exports.zip()))).isNull();
	}

	@Test
	void acceptsACsvFile() throws IOException {
		assertThat(this.reader.refuse(kept(Exports.MEASUREMENT.getBytes(StandardCharsets.UTF_8)))).isNull();
	}

	@Test
	void refusesABinaryFile() throws IOException {
		assertThat(this.reader.refuse(kept(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 })))
			.isEqualTo("The upload is neither a ZIP archive nor a CSV file.");
	}

	@Test
	void refusesTextWithoutCommas() throws IOException {
		assertThat(this.reader.refuse(kept("just some words\nand more, later".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("The upload is neither a ZIP archive nor a CSV file.");
	}

	@Test
	void takesItsLimitsFromTheDietImportProperties() {
		UploadLimits limits = this.reader.limits();
		assertThat(this.reader.provider()).isEqualTo("myfitnesspal");
		assertThat(limits.maxUploadSize()).isEqualTo(DataSize.ofMegabytes(32));
		assertThat(limits.workers()).isEqualTo(1);
		assertThat(limits.queueCapacity()).isEqualTo(8);
		assertThat(limits.maxPerUser()).isEqualTo(2);
		assertThat(limits.maxPerUserProperty()).isEqualTo("falcon.diet.imports.max-concurrent-per-user");
	}

	private KeptFile kept(byte[] content) throws IOException {
		Path file = Files.write(this.folder.resolve("upload"), content);
		return new KeptFile(file, "upload", content.length, "0".repeat(64));
	}

}
