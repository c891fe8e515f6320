package health.falcon.dropbox.handoff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignFormatTests {

	@TempDir
	Path temp;

	@Test
	void recognisesTheThreeMyFitnessPalSummariesByTheirHeader() {
		assertThat(ForeignFormat.ofHeader(List.of("Date", "Meal", "Calories", "Fat (g)")))
			.hasValue(ForeignFormat.MYFITNESSPAL);
		assertThat(ForeignFormat.ofHeader(List.of("\uFEFFDate", "Meal", "Time", "Calories")))
			.describedAs("a BOM is stripped by the reader, not here")
			.isEmpty();
		assertThat(ForeignFormat.ofHeader(List.of("Date", "Exercise", "Type", "Exercise Calories")))
			.hasValue(ForeignFormat.MYFITNESSPAL);
		assertThat(ForeignFormat.ofHeader(List.of("Date", "Weight", "Body Fat %")))
			.hasValue(ForeignFormat.MYFITNESSPAL);
		assertThat(ForeignFormat.ofHeader(List.of("Date", "Heart rate", "Systolic", "Diastolic"))).isEmpty();
		assertThat(ForeignFormat.ofHeader(List.of("Weight", "Date"))).isEmpty();
		assertThat(ForeignFormat.ofHeader(List.of())).isEmpty();
	}

	@Test
	void recognisesExportArchivesByTheirEntries() throws IOException {
		assertThat(ForeignFormat.ofArchive(zip("MyFitbitData/Dana/Global Export Data/heart_rate-2026-01-01.json")))
			.hasValue(ForeignFormat.FITBIT);
		assertThat(ForeignFormat.ofArchive(zip("Takeout/Fitbit/Global Export Data/steps-2026-01-01.json")))
			.hasValue(ForeignFormat.FITBIT);
		assertThat(ForeignFormat.ofArchive(zip("Takeout/Google Health/sleep.json"))).hasValue(ForeignFormat.FITBIT);
		assertThat(ForeignFormat
			.ofArchive(zip("File-Export-2026-01-01-to-2026-03-31/Nutrition-Summary-2026-01-01-to-2026-03-31.csv")))
			.hasValue(ForeignFormat.MYFITNESSPAL);
		assertThat(ForeignFormat.ofArchive(zip("Measurement-Summary.csv"))).hasValue(ForeignFormat.MYFITNESSPAL);
		assertThat(ForeignFormat.ofArchive(zip("photos/holiday.jpg", "readme.txt"))).isEmpty();
		assertThat(ForeignFormat.ofArchive(Files.write(this.temp.resolve("broken.zip"), new byte[] { 'P', 'K', 3, 4 })))
			.isEmpty();
	}

	private Path zip(String... entries) throws IOException {
		Path zip = Files.createTempFile(this.temp, "archive", ".zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (String entry : entries) {
				out.putNextEntry(new ZipEntry(entry));
				out.write('x');
			}
		}
		return zip;
	}

}
