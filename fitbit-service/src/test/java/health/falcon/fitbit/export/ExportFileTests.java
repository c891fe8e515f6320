package health.falcon.fitbit.export;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import health.falcon.ingest.archive.GuardedZip;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportFileTests {

	@Test
	void recognisesFilesByNameInEveryLayout() {
		assertThat(ExportFile.of("MyFitbitData/Jane/Physical Activity/heart_rate-2019-05-18.json"))
			.contains(new ExportFile("MyFitbitData/Jane/Physical Activity/heart_rate-2019-05-18.json",
					ExportFile.Family.HEART_RATE, false));
		assertThat(ExportFile.of("user-site-export/resting_heart_rate/resting_heart_rate-2018-05-16.json"))
			.map(ExportFile::family)
			.contains(ExportFile.Family.RESTING_HEART_RATE);
		assertThat(ExportFile
			.of("Takeout/Google Health/Physical Activity_GoogleData/Heart Rate/heart_rate_2026-09-12.csv"))
			.map(ExportFile::csv)
			.contains(true);
		assertThat(ExportFile.of("Takeout/Fitbit/Physical Activity_GoogleData/daily_resting_heart_rate_2026-01-01.csv"))
			.map(ExportFile::family)
			.contains(ExportFile.Family.RESTING_HEART_RATE);
		assertThat(ExportFile.of("x/calories_in_heart_rate_zone_2026-06-01.csv")).isEmpty();
		assertThat(ExportFile.of("x/resting_heart_rate_2026-06-01.csv")).isEmpty();
		assertThat(ExportFile.of("x/exercise-100.json")).isEmpty();
		assertThat(ExportFile.of("x/UserActivityProbabilities_1.csv")).isEmpty();
		assertThat(ExportFile.of("Takeout/Google Health/Health Fitness Data_GoogleData/UserSleeps_2026-09-01.csv"))
			.contains(new ExportFile("Takeout/Google Health/Health Fitness Data_GoogleData/UserSleeps_2026-09-01.csv",
					ExportFile.Family.SLEEP, true));
		assertThat(ExportFile.of("x/UserSleepStages_3.csv")).map(ExportFile::family).contains(ExportFile.Family.SLEEP);
		assertThat(ExportFile.of("x/UserSleepScores_3.csv")).isEmpty();
	}

	@Test
	void detectsTheLayout() {
		assertThat(ExportLayout.detect(List.of("Takeout/Google Health/Sleep Score/sleep_score.csv")))
			.isEqualTo(ExportLayout.TAKEOUT_GOOGLE_HEALTH);
		assertThat(ExportLayout.detect(List.of("Takeout/Fitbit/Global Export Data/steps-2026-01-01.json")))
			.isEqualTo(ExportLayout.TAKEOUT_FITBIT);
		assertThat(ExportLayout.detect(List.of("MyFitbitData/Jane/Sleep/sleep-2026-01-01.json")))
			.isEqualTo(ExportLayout.ACCOUNT_ARCHIVE);
		assertThat(ExportLayout.detect(List.of("steps-2026-01-01.json"))).isEqualTo(ExportLayout.UNKNOWN);
	}

	@Test
	void flagsNamesThatCouldEscapeAFolder() {
		assertThat(GuardedZip.unsafeName("../x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("a/../../x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("a\\..\\x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("/etc/passwd")).isTrue();
		assertThat(GuardedZip.unsafeName("C:/x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("Takeout/Fitbit/a..b/x.json")).isFalse();
	}

	@Test
	void readsTheSleepCsvStamps() {
		assertThat(SleepCsv.stamp("2025-12-03 21:12:30+0000").instant()).hasToString("2025-12-03T21:12:30Z");
		assertThat(SleepCsv.stamp("2025-12-03 23:12:30 +02:00").instant()).hasToString("2025-12-03T21:12:30Z");
		assertThat(SleepCsv.stamp("2025-12-03T21:12:30.123456Z").instant()).hasToString("2025-12-03T21:12:30.123456Z");
		SleepCsv.Stamp naive = SleepCsv.stamp("2025-12-03 22:12:30");
		assertThat(naive.instant()).isNull();
		assertThat(naive.at(ZoneOffset.ofHours(1))).hasToString("2025-12-03T21:12:30Z");
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> SleepCsv.stamp("03/12/25 21:12"));
	}

	@Test
	void readsWallClockStampsAndRestingDates() {
		WallClock clock = new WallClock(ZoneId.of("UTC"), true);
		assertThat(clock.stamp("11/10/26 06:00:05").instant()).hasToString("2026-11-10T06:00:05Z");
		assertThat(clock.stamp("11/10/26 06:00:05").zoneAssumed()).isTrue();
		assertThat(WallClock.date("06/03/26")).hasToString("2026-06-03");
		assertThat(WallClock.date("06/03/2026")).hasToString("2026-06-03");
	}

}
