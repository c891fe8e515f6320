package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files each account starts with, below {@code /Apps/Falcon Health} (the app folder):
 * for {@code demo} a year of OMRON reports, three iHealth months, a Withings
 * {@code bp.csv}, CardioMood reports, a MyFitnessPal export and one unsupported
 * {@code notes.txt}; for {@code alex} a month of OMRON and three weeks of Withings. The
 * same seed and day give the same bytes.
 */
final class SeedFiles {

	static final String APP_FOLDER = "/Apps/Falcon Health";

	private final BloodPressureExports bloodPressure;

	private final CardioMoodReports cardioMood;

	private final MyFitnessPalExport myFitnessPal;

	private final ZoneId zone;

	SeedFiles(long seed, ZoneId zone) {
		this.bloodPressure = new BloodPressureExports(seed, zone);
		this.cardioMood = new CardioMoodReports(seed, zone);
		this.myFitnessPal = new MyFitnessPalExport(seed, zone);
		this.zone = zone;
	}

	/**
	 * The seed of one account, oldest upload first.
	 * @param now the sandbox clock's now
	 */
	List<SeedFile> generate(DropboxAccount account, Instant now) {
		LocalDateTime localNow = LocalDateTime.ofInstant(now, this.zone);
		LocalDate yearAgo = localNow.toLocalDate().minusYears(1).plusDays(1);
		List<SeedFile> files = new ArrayList<>();
		if (account.username().equals("demo")) {
			files.addAll(this.bloodPressure.omronMonthly(APP_FOLDER + "/omron", 0, yearAgo, localNow));
			files.addAll(this.bloodPressure.ihealth(APP_FOLDER + "/ihealth", 0, 7, 3, localNow));
			files.add(this.bloodPressure.withings(APP_FOLDER + "/withings/bp.csv", 0, 120, localNow));
			files.addAll(this.cardioMood.reports(APP_FOLDER + "/cardiomood", 6, 9, localNow));
			files.addAll(this.myFitnessPal.files(APP_FOLDER + "/myfitnesspal", yearAgo, localNow));
			files.add(new SeedFile(APP_FOLDER + "/notes.txt", NOTES.getBytes(StandardCharsets.UTF_8),
					localNow.minusDays(3).atZone(this.zone).toInstant()));
		}
		else {
			files.addAll(this.bloodPressure.omronMonthly(APP_FOLDER + "/omron", 1, localNow.toLocalDate().minusDays(29),
					localNow));
			files.add(this.bloodPressure.withings(APP_FOLDER + "/withings/bp.csv", 1, 21, localNow));
		}
		files.sort(Comparator.comparing(SeedFile::modified));
		return files;
	}

	private static final String NOTES = """
			Things to ask at the next check-up
			- morning readings higher after travel?
			- new cuff size (M/L)
			- bring the OMRON export
			""";

}
