package health.falcon.data.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import health.falcon.data.stored.Activities;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.Connections;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.data.stored.ImportedFiles;
import health.falcon.data.stored.NutritionDays;
import health.falcon.data.stored.Photos;
import health.falcon.data.stored.SleepSessions;
import health.falcon.data.stored.UserSettings;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A user with data in every collection of the archive, written through the writers of
 * {@code health.falcon.data.stored}; values differ per user so that one user's archive
 * can be searched for the other's.
 */
final class ArchiveSeed {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private ArchiveSeed() {
	}

	/**
	 * Seed a user.
	 * @param salt a small number that makes the user's values their own
	 * @return the photo's original bytes
	 */
	static byte[] everything(MongoTemplate template, String userId, int salt) {
		Instant morning = Instant.parse("2026-03-29T05:30:00Z").plusSeconds(60L * salt);
		Activities.write(template, userId, "run-" + userId, "RUN", morning, BERLIN, 10_000.0 + salt, 3600L, 700.0,
				false);
		HeartRateDays.samples(template, userId,
				Map.of(morning, 60 + salt, morning.plusSeconds(1), 61 + salt, morning.plusSeconds(3600), 70 + salt),
				BERLIN, DailyActivities.GOOGLE_HEALTH);
		HeartRateDays.resting(template, userId, LocalDate.of(2026, 3, 29), 50 + salt);
		SleepSessions.write(template, userId, Instant.parse("2026-03-28T22:00:00Z"), 420 + salt, ZoneOffset.ofHours(1),
				LocalDate.of(2026, 3, 29), SleepSessions.GOOGLE_HEALTH);
		DailyActivities.write(template, userId, LocalDate.of(2026, 3, 29), 9_000L + salt, 2_300.0 + salt);
		NutritionDays.export(template, userId, LocalDate.of(2026, 3, 29), 2_000.0 + salt);
		NutritionDays.diary(template, userId, LocalDate.of(2026, 3, 29), 2_100.0 + salt);
		BodyMeasurements.write(template, userId, LocalDate.of(2026, 3, 29), 70.0 + salt, 20.0);
		BloodPressureReadings.write(template, userId, morning, BERLIN, 120 + salt, 80, 60, 3, null);
		HrvRecordings.write(template, userId, "hrv" + userId, morning, BERLIN, null);
		UserSettings.write(template, userId, "Europe/Berlin", "metric");
		ImportedFiles.write(template, userId, "import-" + userId, "dropbox", "omron-" + userId + ".csv",
				"sha-" + userId, null);
		ImportedFiles.write(template, userId, "import-again-" + userId, "dropbox", "omron-" + userId + ".csv",
				"sha-" + userId, "import-" + userId);
		Connections.write(template, userId, "fitbit", "ACTIVE", Instant.parse("2026-11-01T08:00:00Z"));
		byte[] photo = ("JPEG of " + userId).getBytes(StandardCharsets.UTF_8);
		Photos.write(template, userId, "photo-" + userId, "image/jpeg", photo);
		return photo;
	}

}
