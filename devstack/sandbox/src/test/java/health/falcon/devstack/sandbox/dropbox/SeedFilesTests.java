package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded files: deterministic, in the exact formats dropbox-ingest and diet-service
 * parse (headers, date and number formats), with plausible values.
 */
class SeedFilesTests {

	private static final String ROOT = SeedFiles.APP_FOLDER;

	private final SeedFiles seed = new SeedFiles(42, ZoneId.of("Europe/Berlin"));

	private final List<SeedFile> demo = this.seed.generate(DropboxAccounts.DEMO, TestClock.START);

	@Test
	void sameSeedSameBytes() {
		List<SeedFile> again = this.seed.generate(DropboxAccounts.DEMO, TestClock.START);
		assertThat(again).hasSameSizeAs(this.demo);
		for (int i = 0; i < again.size(); i++) {
			assertThat(again.get(i).path()).isEqualTo(this.demo.get(i).path());
			assertThat(again.get(i).content()).isEqualTo(this.demo.get(i).content());
		}
	}

	@Test
	void demoHasAYearOfOmronReportsAndTheOtherFormats() {
		assertThat(files("/omron/")).hasSizeBetween(12, 13)
			.allSatisfy((file) -> assertThat(file.path()).matches(
					".*/Your Requested OMRON Report from [A-Z][a-z]{2} \\d{1,2} \\d{4} to [A-Z][a-z]{2} \\d{1,2} \\d{4}\\.csv"));
		assertThat(files("/ihealth/")).hasSize(3);
		assertThat(files("/withings/bp.csv")).hasSize(1);
		assertThat(files("/cardiomood/")).hasSize(6)
			.allSatisfy((file) -> assertThat(file.path())
				.matches(".*/\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d_s\\d{3}\\.txt"));
		assertThat(files("/myfitnesspal/")).extracting((file) -> file.path().replaceAll(".*/", "").split("-\\d")[0])
			.containsExactly("Nutrition-Summary", "Exercise-Summary", "Measurement-Summary");
		assertThat(files("/notes.txt")).hasSize(1);
		assertThat(this.demo).allSatisfy((file) -> assertThat(file.modified()).isBefore(TestClock.START));
	}

	@Test
	void omronRowsArePlausibleAndNewestFirst() {
		for (SeedFile file : files("/omron/")) {
			List<String> lines = lines(file);
			assertThat(lines.get(0))
				.isEqualTo("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes");
			for (String line : lines.subList(1, lines.size())) {
				assertThat(line)
					.matches("[A-Z][a-z]{2} \\d{1,2} \\d{4},\\d\\d:\\d\\d,\\d{3},\\d{2},\\d{2},-,-,(On|-),.+");
				String[] cells = line.split(",");
				int systolic = Integer.parseInt(cells[2]);
				int diastolic = Integer.parseInt(cells[3]);
				assertThat(systolic).isBetween(105, 150);
				assertThat(diastolic).isBetween(65, 95).isLessThan(systolic);
				assertThat(Integer.parseInt(cells[4])).isBetween(50, 90);
			}
		}
	}

	@Test
	void withingsAndIHealthUseTheirHeadersAndCellFormats() {
		List<String> withings = lines(files("/withings/bp.csv").get(0));
		assertThat(withings.get(0)).isEqualTo("Date,\"Heart rate\",Systolic,Diastolic,Comments");
		assertThat(withings.subList(1, withings.size())).allMatch(
				(line) -> line.matches("\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\",\\d{2,3},(\\d{3},\\d{2})?,?,"))
			.anyMatch((line) -> line.endsWith(",,,"));
		assertThat(withings.subList(1, withings.size())).isSortedAccordingTo((a, b) -> b.compareTo(a));
		for (SeedFile file : files("/ihealth/")) {
			List<String> lines = lines(file);
			assertThat(lines.get(0)).isEqualTo("Time,SYS,DIA,Pulse");
			assertThat(lines.subList(1, lines.size())).isNotEmpty()
				.allMatch((line) -> line
					.matches("\\d\\d/\\d\\d/\\d{4} \\d{1,2}:\\d\\d (AM|PM),\\d{3} mmHg,\\d{2} mmHg,\\d{2} bpm"));
		}
	}

	@Test
	void cardioMoodReportsStateMetricsThatMatchTheirRrSeries() {
		Pattern row = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
		for (SeedFile file : files("/cardiomood/")) {
			String text = new String(file.content(), StandardCharsets.UTF_8);
			assertThat(text).startsWith("CardioMood Report\n")
				.containsPattern("Date: \t\t\t\\d{1,2}/\\d{1,2}/\\d{2}\n")
				.containsPattern("Measurement time:\t\\d{1,2}:\\d\\d (AM|PM) - \\d{1,2}:\\d\\d (AM|PM)\n")
				.containsPattern("Intervals count:\t\\d+ with \\d artifacts present \\(\\d+%\\)\n")
				.contains("The numbers above were calculated using following data:\n   n  timestamp       rr   bpm\n");
			List<Integer> rr = text.lines()
				.dropWhile((line) -> !line.startsWith("   n  timestamp"))
				.skip(1)
				.map(row::matcher)
				.filter(Matcher::matches)
				.map((matcher) -> Integer.valueOf(matcher.group(3)))
				.toList();
			assertThat(rr).hasSizeGreaterThan(250).allMatch((ms) -> ms >= 200 && ms <= 3000);
			assertThat(rr.stream().filter((ms) -> ms >= 700 && ms <= 1100).count()).isGreaterThan(rr.size() - 5L);
			Matcher sdnn = Pattern.compile("SDNN  = ([0-9.]+)").matcher(text);
			assertThat(sdnn.find()).isTrue();
			assertThat(Double.parseDouble(sdnn.group(1))).isCloseTo(Metrics.of(rr).sdnn(),
					org.assertj.core.data.Offset.offset(0.001));
		}
	}

	@Test
	void myFitnessPalExportUsesTheHeadersDietServiceReads() {
		List<SeedFile> export = files("/myfitnesspal/");
		List<String> nutrition = lines(export.get(0));
		assertThat(nutrition.get(0)).isEqualTo(MyFitnessPalExport.NUTRITION_HEADER);
		assertThat(nutrition.subList(1, nutrition.size())).hasSizeGreaterThan(1000)
			.allMatch(
					(line) -> line.matches("\\d{4}-\\d\\d-\\d\\d,(Breakfast|Lunch|Dinner|Snacks)(,\\d+\\.\\d){17},.*"));
		List<String> exercise = lines(export.get(1));
		assertThat(exercise.get(0))
			.isEqualTo("Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note");
		assertThat(exercise).anyMatch((line) -> line.contains(",\"\"\"Walking, 3.5 mph\"\"\",Cardio,"))
			.anyMatch((line) -> line.contains(",Bench Press,Strength,,,3,"));
		List<String> weights = lines(export.get(2));
		assertThat(weights.get(0)).isEqualTo("Date,Weight");
		assertThat(weights.subList(1, weights.size()))
			.allMatch((line) -> line.matches("\\d{4}-\\d\\d-\\d\\d,\\d{2,3}\\.\\d"));
	}

	@Test
	void alexGetsASmallFolder() {
		List<SeedFile> alex = this.seed.generate(DropboxAccounts.ALEX, TestClock.START);
		assertThat(alex).extracting(SeedFile::path)
			.allMatch((path) -> path.startsWith(ROOT + "/omron/") || path.equals(ROOT + "/withings/bp.csv"))
			.hasSizeBetween(2, 3);
	}

	private List<SeedFile> files(String fragment) {
		return this.demo.stream().filter((file) -> file.path().contains(fragment)).toList();
	}

	private static List<String> lines(SeedFile file) {
		return Arrays.asList(new String(file.content(), StandardCharsets.UTF_8).split("\n"));
	}

}
