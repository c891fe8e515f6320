package health.falcon.data.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.model.UpdateOptions;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.Provenance;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleCodec;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes documents with health-documents' names in the shapes their writers store:
 * fitbit-service's {@code MongoDailyActivityStore.merge},
 * {@code MongoHeartRateStore.restingHeartRate} and {@code HeartRateDayDocuments} (packed
 * with the shared {@link SampleCodec} and {@link MinuteRollups}) and
 * {@code MongoSleepStore}; dropbox-ingest's {@code BloodPressureStore} and its HRV rows;
 * diet-service's {@code NutritionDayStore} and {@code DiaryDayStore}; fitness-service's
 * activities; the ingest kit's connections (tokens included, which a reader must never
 * fetch). The writers' own test aids in {@code metrics} and {@code heartrate} are
 * package-private, hence this copy of their shapes.
 */
final class StoredDocuments {

	static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:daily", "run-1",
			Instant.parse("2026-03-01T00:00:00Z"));

	private static final Date UPDATED_AT = Date.from(Instant.parse("2026-03-01T00:00:00Z"));

	private final MongoTemplate template;

	StoredDocuments(MongoTemplate template) {
		this.template = template;
	}

	void dailyActivity(String userId, LocalDate day, @Nullable Long steps, @Nullable Double totalKcal) {
		Update update = new Update().set(DailyActivityCollection.USER_ID, userId)
			.set(DailyActivityCollection.LOCAL_DATE, day.toString());
		if (steps != null) {
			update.set(DailyActivityCollection.STEPS, steps);
		}
		if (totalKcal != null) {
			update.set(DailyActivityCollection.TOTAL_KCAL, totalKcal);
		}
		update.set(DailyActivityCollection.SOURCE, Provenance.toDocument(GOOGLE_HEALTH))
			.set(DailyActivityCollection.UPDATED_AT, UPDATED_AT);
		this.template.upsert(
				Query.query(Criteria.where(DailyActivityCollection.ID).is(DailyActivityCollection.id(userId, day))),
				update, DailyActivityCollection.COLLECTION);
	}

	void resting(String userId, LocalDate day, int restingBpm) {
		Document set = new Document(HeartRateDaysCollection.RESTING_BPM, restingBpm)
			.append(HeartRateDaysCollection.RESTING_SOURCE, Provenance.toDocument(GOOGLE_HEALTH))
			.append(HeartRateDaysCollection.UPDATED_AT, UPDATED_AT);
		Document onInsert = new Document(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.SAMPLE_COUNT, 0);
		this.template.getCollection(HeartRateDaysCollection.COLLECTION)
			.updateOne(new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day)),
					new Document("$set", set).append("$setOnInsert", onInsert)
						.append("$inc", new Document(HeartRateDaysCollection.VERSION, 1L)),
					new UpdateOptions().upsert(true));
	}

	/**
	 * A day of heart-rate samples (one per minute of the first hour) as fitbit-service
	 * stores it, in the zone's offset of that day.
	 */
	void heartRateSamples(String userId, LocalDate day, ZoneId zone) {
		ZoneOffset offset = zone.getRules().getOffset(day.atStartOfDay(zone).toInstant());
		int[] keys = new int[60];
		int[] bpm = new int[60];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = i * 60;
			bpm[i] = 60 + i;
		}
		Document runs = new Document(HeartRateDaysCollection.OFFSET_RUN_FROM, 0)
			.append(HeartRateDaysCollection.OFFSET_RUN_OFFSET, offset.getTotalSeconds());
		this.template.save(
				new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day))
					.append(HeartRateDaysCollection.USER_ID, userId)
					.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
					.append(HeartRateDaysCollection.VERSION, 1L)
					.append(HeartRateDaysCollection.WRITE_TOKEN, "test")
					.append(HeartRateDaysCollection.SAMPLES, new Binary(SampleCodec.encode(keys, bpm)))
					.append(HeartRateDaysCollection.ROLLUPS, new Binary(MinuteRollups.of(keys, bpm).encode()))
					.append(HeartRateDaysCollection.OFFSET_RUNS, List.of(runs))
					.append(HeartRateDaysCollection.OFFSETS, List.of(offset.getId().replace("Z", "+00:00")))
					.append(HeartRateDaysCollection.ZONE_CHANGED, false)
					.append(HeartRateDaysCollection.SAMPLE_COUNT, keys.length)
					.append(HeartRateDaysCollection.MIN_BPM, 60)
					.append(HeartRateDaysCollection.MAX_BPM, 119)
					.append(HeartRateDaysCollection.SOURCES, List.of(Provenance.toDocument(GOOGLE_HEALTH))),
				HeartRateDaysCollection.COLLECTION);
	}

	void sleep(String userId, Instant start, Instant end, LocalDate dateOfSleep, boolean mainSleep,
			Map<String, Integer> stageMinutes) {
		List<Document> stages = new ArrayList<>();
		stages.add(new Document(SleepSessionsCollection.STAGE_START, Date.from(start))
			.append(SleepSessionsCollection.STAGE_SECONDS, (int) (end.getEpochSecond() - start.getEpochSecond()))
			.append(SleepSessionsCollection.STAGE_LEVEL, "light"));
		Update update = new Update().set(SleepSessionsCollection.USER_ID, userId)
			.set(SleepSessionsCollection.START_MINUTE, Date.from(start.truncatedTo(ChronoUnit.MINUTES)))
			.set(SleepSessionsCollection.START, Date.from(start))
			.set(SleepSessionsCollection.END, Date.from(end))
			.set(SleepSessionsCollection.OFFSET, "+01:00")
			.set(SleepSessionsCollection.DATE_OF_SLEEP, dateOfSleep.toString())
			.set(SleepSessionsCollection.MAIN_SLEEP, mainSleep)
			.set(SleepSessionsCollection.EFFICIENCY, 92)
			.set(SleepSessionsCollection.MINUTES_ASLEEP, 400)
			.set(SleepSessionsCollection.MINUTES_AWAKE, 35)
			.set(SleepSessionsCollection.STAGE_MINUTES, new Document(new TreeMap<String, Object>(stageMinutes)))
			.set(SleepSessionsCollection.STAGES, stages)
			.set(SleepSessionsCollection.CONTENT_HASH, "hash")
			.set(SleepSessionsCollection.SOURCE, Provenance.toDocument(GOOGLE_HEALTH))
			.set(SleepSessionsCollection.UPDATED_AT, UPDATED_AT);
		this.template.upsert(
				Query.query(Criteria.where(SleepSessionsCollection.ID).is(SleepSessionsCollection.id(userId, start))),
				update, SleepSessionsCollection.COLLECTION);
	}

	void bloodPressure(String userId, Instant at, ZoneId zone, int systolic, int diastolic, @Nullable Integer pulse,
			boolean deletedInDropbox) {
		Document source = new Document("kind", "file").append("file", "bp.csv")
			.append("sha256", "abc")
			.append("format", "OMRON_CONNECT");
		if (deletedInDropbox) {
			source.append("origin", "DROPBOX")
				.append("dropboxId", "id:1")
				.append("path", "/apps/falcon health/bp.csv")
				.append("rev", "1")
				.append("contentHash", "h")
				.append("deleted", true);
		}
		else {
			source.append("origin", "UPLOAD");
		}
		this.template.save(
				new Document(BloodPressureCollection.ID, userId + ":" + at + ":abc:1")
					.append(BloodPressureCollection.USER_ID, userId)
					.append(BloodPressureCollection.SYSTOLIC, systolic)
					.append(BloodPressureCollection.DIASTOLIC, diastolic)
					.append(BloodPressureCollection.PULSE, pulse)
					.append(BloodPressureCollection.PRESSURE_UNIT, "mmHg")
					.append(BloodPressureCollection.PULSE_UNIT, "bpm")
					.append(BloodPressureCollection.TIME, time(at, zone))
					.append(BloodPressureCollection.SOURCE, source.append("line", 1)),
				BloodPressureCollection.COLLECTION);
	}

	void hrv(String userId, Instant start, ZoneId zone) {
		this.template.save(
				new Document(HrvRecordingsCollection.ID, userId + ":" + start)
					.append(HrvRecordingsCollection.USER_ID, userId)
					.append(HrvRecordingsCollection.START, time(start, zone))
					.append(HrvRecordingsCollection.END, time(start.plusSeconds(300), zone))
					.append(HrvRecordingsCollection.METRICS, new Document("rmssd", 42.0))
					.append(HrvRecordingsCollection.SOURCE,
							new Document("kind", "file").append("file", "hrv.txt").append("origin", "UPLOAD")),
				HrvRecordingsCollection.COLLECTION);
	}

	void exportNutrition(String userId, LocalDate day, double kcal) {
		nutrition(userId, day,
				new Document(NutritionDaysCollection.TOTALS, new Document("kcal", kcal).append("proteinG", 80.0))
					.append(NutritionDaysCollection.MEALS, List.of())
					.append(NutritionDaysCollection.SOURCES_NUTRITION,
							new Document("provider", "myfitnesspal").append("channel", "export")
								.append("file", "n.csv")));
	}

	void diaryNutrition(String userId, LocalDate day, double kcal) {
		Document diary = new Document("totals", new Document("kcal", kcal).append("proteinG", 90.0))
			.append("meals", List.of())
			.append("goals", new Document("kcal", 2200.0))
			.append("waterMl", 1500)
			.append("complete", true);
		nutrition(userId, day,
				new Document(NutritionDaysCollection.DIARY, diary).append(NutritionDaysCollection.SOURCES_DIARY,
						new Document("provider", "myfitnesspal").append("channel", "diary")
							.append("accountId", "mfp-1")
							.append("ingestRunId", "run-1")
							.append("receivedAt", UPDATED_AT)));
	}

	private void nutrition(String userId, LocalDate day, Document fields) {
		fields.append(NutritionDaysCollection.USER_ID, userId).append(NutritionDaysCollection.DATE, day.toString());
		this.template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(new Document(NutritionDaysCollection.ID, NutritionDaysCollection.id(userId, day)),
					new Document("$set", fields), new UpdateOptions().upsert(true));
	}

	void activity(String userId, String id, String sport, Instant start, ZoneId zone, @Nullable Double distance,
			@Nullable Long movingSeconds, @Nullable Double energyKcal, boolean deleted) {
		Source source = new Source("strava", id, "run-1", Instant.parse("2026-03-01T00:00:00Z"));
		this.template.save(new Document(ActivitiesCollection.ID, userId + ":strava:" + id)
			.append(ActivitiesCollection.USER_ID, userId)
			.append(ActivitiesCollection.SOURCE, Provenance.toDocument(source))
			.append(ActivitiesCollection.NAME, sport + " " + id)
			.append(ActivitiesCollection.SPORT_TYPE, sport)
			.append(ActivitiesCollection.SPORT_TYPE_RAW, sport)
			.append(ActivitiesCollection.TIME, time(start, zone))
			.append(ActivitiesCollection.ELAPSED_SECONDS, movingSeconds)
			.append(ActivitiesCollection.MOVING_SECONDS, movingSeconds)
			.append(ActivitiesCollection.DISTANCE_METERS, distance)
			.append(ActivitiesCollection.ENERGY_KCAL, energyKcal)
			.append(ActivitiesCollection.DELETED, deleted)
			.append(ActivitiesCollection.UPDATED_AT, UPDATED_AT), ActivitiesCollection.COLLECTION);
	}

	void connection(String userId, String provider, String status, @Nullable Instant lastSuccessfulSyncAt) {
		this.template.save(
				new Document(ConnectionsCollection.ID, userId + ":" + provider)
					.append(ConnectionsCollection.USER_ID, userId)
					.append(ConnectionsCollection.PROVIDER, provider)
					.append(ConnectionsCollection.STATUS, status)
					.append(ConnectionsCollection.ACCOUNT_ID, "account-" + userId)
					.append(ConnectionsCollection.ACCESS_TOKEN,
							new Document("keyId", "k1").append("nonce", "n").append("ciphertext", "secret"))
					.append(ConnectionsCollection.REFRESH_TOKEN,
							new Document("keyId", "k1").append("nonce", "n").append("ciphertext", "secret"))
					.append(ConnectionsCollection.COUNTS, new Document("activities", 3L))
					.append(ConnectionsCollection.LAST_SUCCESSFUL_SYNC_AT,
							(lastSuccessfulSyncAt != null) ? Date.from(lastSuccessfulSyncAt) : null)
					.append(ConnectionsCollection.LAST_RUN_STATUS, "SUCCEEDED")
					.append(ConnectionsCollection.LEASE, new Document("owner", "x").append("until", UPDATED_AT)),
				ConnectionsCollection.COLLECTION);
	}

	private static Document time(Instant at, ZoneId zone) {
		return new Document(MeasurementTimeFields.INSTANT, Date.from(at))
			.append(MeasurementTimeFields.OFFSET, zone.getRules().getOffset(at).getId().replace("Z", "+00:00"))
			.append(MeasurementTimeFields.ZONE_ID, zone.getId())
			.append(MeasurementTimeFields.LOCAL_DATE, LocalDate.ofInstant(at, zone).toString())
			.append(MeasurementTimeFields.ZONE_ASSUMED, false);
	}

}
