package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.Provenance;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes documents exactly as their writers do, with health-documents' names. The
 * writers' stores live in service modules backend-data cannot depend on, so each method
 * repeats one store's write: diet-service's {@code NutritionDayStore.saveNutrition}
 * ({@code $set} of {@code totals}, {@code meals}, {@code sources.nutrition}) and
 * {@code DiaryDayStore.save} ({@code $set} of {@code diary}, {@code sources.diary}),
 * {@code BodyMeasurementStore.save}, dropbox-ingest's {@code BloodPressureStore.upsert}
 * and {@code HrvRecordingStore.upsert} (with {@code MeasurementTimes.document} and
 * {@code Sources.document}), and fitbit-service's {@code MongoSleepStore.upsert}.
 */
final class StoredDocumentWriter {

	private StoredDocumentWriter() {
	}

	/** {@code NutritionDayStore.saveNutrition}: the export channel of one day. */
	static void exportDay(MongoTemplate template, String userId, LocalDate date, Map<String, Double> totals) {
		Document source = new Document("provider", "myfitnesspal").append("channel", "export")
			.append("file", "Nutrition-Summary.csv");
		Document fields = new Document(NutritionDaysCollection.TOTALS, new Document(totals))
			.append(NutritionDaysCollection.MEALS,
					List.of(new Document("name", "Breakfast").append("totals", new Document(totals))
						.append("items", List.of())))
			.append(NutritionDaysCollection.SOURCES_NUTRITION, source)
			.append(NutritionDaysCollection.USER_ID, userId)
			.append(NutritionDaysCollection.DATE, date.toString());
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(Filters.eq(NutritionDaysCollection.ID, NutritionDaysCollection.id(userId, date)),
					new Document("$set", fields), new UpdateOptions().upsert(true));
	}

	/** {@code DiaryDayStore.save}: the diary channel of one day. */
	static void diaryDay(MongoTemplate template, String userId, LocalDate date, Map<String, Double> totals,
			@Nullable Double waterMl) {
		Document diary = new Document("totals", new Document(totals)).append("meals", List.of())
			.append("goals", new Document("kcal", 2000.0))
			.append("waterMl", waterMl)
			.append("complete", true);
		Document source = new Document("provider", "myfitnesspal").append("channel", "diary")
			.append("accountId", "mfp-1")
			.append("ingestRunId", "run-1")
			.append("receivedAt", Date.from(Instant.parse("2026-11-01T00:00:00Z")));
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(Filters.eq(NutritionDaysCollection.ID, NutritionDaysCollection.id(userId, date)),
					Updates.combine(Updates.set(NutritionDaysCollection.USER_ID, userId),
							Updates.set(NutritionDaysCollection.DATE, date.toString()),
							Updates.set(NutritionDaysCollection.DIARY, diary),
							Updates.set(NutritionDaysCollection.SOURCES_DIARY, source)),
					new UpdateOptions().upsert(true));
	}

	/** {@code DiaryDayStore.purge}: removes the diary part of the user's days. */
	static void purgeDiary(MongoTemplate template, String userId) {
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateMany(
					Filters.and(Filters.eq(NutritionDaysCollection.USER_ID, userId),
							Filters.exists(NutritionDaysCollection.SOURCES_DIARY)),
					Updates.combine(Updates.unset(NutritionDaysCollection.DIARY),
							Updates.unset(NutritionDaysCollection.SOURCES_DIARY)));
	}

	/** {@code BodyMeasurementStore.save}: one day's weight. */
	static void weight(MongoTemplate template, String userId, LocalDate date, double weightKg) {
		Document fields = new Document(BodyMeasurementsCollection.USER_ID, userId)
			.append(BodyMeasurementsCollection.DATE, date.toString())
			.append(BodyMeasurementsCollection.WEIGHT_KG, weightKg)
			.append(BodyMeasurementsCollection.BODY_FAT_PCT, null)
			.append("source", new Document("provider", "myfitnesspal").append("channel", "export")
				.append("file", "Measurement-Summary.csv"));
		template.getCollection(BodyMeasurementsCollection.COLLECTION)
			.updateOne(Filters.eq(BodyMeasurementsCollection.ID, BodyMeasurementsCollection.id(userId, date)),
					new Document("$set", fields), new UpdateOptions().upsert(true));
	}

	/** {@code BloodPressureStore.upsert}: one reading of an uploaded file. */
	static void bloodPressure(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, int line) {
		String id = userId + ":" + instant + ":sha-bp:" + line;
		Document document = new Document(BloodPressureCollection.ID, id).append(BloodPressureCollection.USER_ID, userId)
			.append(BloodPressureCollection.SYSTOLIC, systolic)
			.append(BloodPressureCollection.DIASTOLIC, diastolic)
			.append(BloodPressureCollection.PULSE, pulse)
			.append(BloodPressureCollection.PRESSURE_UNIT, "mmHg")
			.append(BloodPressureCollection.PULSE_UNIT, "bpm")
			.append(BloodPressureCollection.TIME, time(instant, zone))
			.append("source", fileSource("bp.csv", "sha-bp").append("line", line));
		template.getCollection(BloodPressureCollection.COLLECTION)
			.replaceOne(Filters.eq(BloodPressureCollection.ID, id), document, new ReplaceOptions().upsert(true));
	}

	/**
	 * {@code HrvRecordingStore.upsert}: one report with its stated and recomputed RMSSD.
	 */
	static void hrv(MongoTemplate template, String userId, String sha256, Instant start, ZoneId zone,
			@Nullable Double statedRmssd, double recomputedRmssd) {
		String id = userId + ":" + sha256;
		Document document = new Document(HrvRecordingsCollection.ID, id).append(HrvRecordingsCollection.USER_ID, userId)
			.append(HrvRecordingsCollection.START, time(start, zone))
			.append(HrvRecordingsCollection.END, time(start.plusSeconds(300), zone))
			.append(HrvRecordingsCollection.INTERVALS, 300)
			.append(HrvRecordingsCollection.ARTIFACTS, 0)
			.append(HrvRecordingsCollection.ARTIFACTS_PERCENT, 0.0)
			.append(HrvRecordingsCollection.TAG, "morning")
			.append(HrvRecordingsCollection.METRICS,
					List.of(new Document("name", "SDNN").append("value", 50.0),
							new Document("name", "RMSSD").append("value", statedRmssd)))
			.append(HrvRecordingsCollection.RR,
					new Document("n", List.of(1, 2)).append("timestampMs", List.of(0L, 1000L))
						.append("rrMs", List.of(1000, 1010))
						.append("bpm", List.of(60, 59)))
			.append(HrvRecordingsCollection.RECOMPUTED,
					new Document("sdnn", 50.0).append("rmssd", recomputedRmssd).append("pnn50", 20.0))
			.append(HrvRecordingsCollection.DISAGREES, false)
			.append(HrvRecordingsCollection.DISAGREEMENTS, List.of())
			.append("source", fileSource("hrv.txt", sha256));
		template.getCollection(HrvRecordingsCollection.COLLECTION)
			.replaceOne(Filters.eq(HrvRecordingsCollection.ID, id), document, new ReplaceOptions().upsert(true));
	}

	/** {@code MongoSleepStore.upsert}: one session with minutes per stage. */
	static void sleep(MongoTemplate template, String userId, Instant start, Instant end, ZoneId zone,
			LocalDate dateOfSleep, Map<String, Integer> stageMinutes, Source source) {
		int asleep = stageMinutes.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals("wake"))
			.mapToInt(Map.Entry::getValue)
			.sum();
		Document document = new Document(SleepSessionsCollection.ID, SleepSessionsCollection.id(userId, start))
			.append(SleepSessionsCollection.USER_ID, userId)
			.append(SleepSessionsCollection.START_MINUTE, Date.from(start.truncatedTo(ChronoUnit.MINUTES)))
			.append(SleepSessionsCollection.START, Date.from(start))
			.append(SleepSessionsCollection.END, Date.from(end))
			.append(SleepSessionsCollection.OFFSET, zone.getRules().getOffset(start).getId())
			.append(SleepSessionsCollection.DATE_OF_SLEEP, dateOfSleep.toString())
			.append(SleepSessionsCollection.MAIN_SLEEP, true)
			.append(SleepSessionsCollection.EFFICIENCY, 90)
			.append(SleepSessionsCollection.MINUTES_ASLEEP, asleep)
			.append(SleepSessionsCollection.MINUTES_AWAKE, stageMinutes.getOrDefault("wake", 0))
			.append(SleepSessionsCollection.STAGE_MINUTES, new Document(new TreeMap<String, Object>(stageMinutes)))
			.append(SleepSessionsCollection.STAGES, List.of())
			.append(SleepSessionsCollection.CONTENT_HASH, "hash")
			.append(SleepSessionsCollection.SOURCE, Provenance.toDocument(source))
			.append(SleepSessionsCollection.UPDATED_AT, Date.from(Instant.parse("2026-11-01T00:00:00Z")));
		template.getCollection(SleepSessionsCollection.COLLECTION)
			.replaceOne(Filters.eq(SleepSessionsCollection.ID, document.get(SleepSessionsCollection.ID)), document,
					new ReplaceOptions().upsert(true));
	}

	/** dropbox-ingest's {@code MeasurementTimes.document}. */
	private static Document time(Instant instant, ZoneId zone) {
		return new Document(MeasurementTimeFields.INSTANT, Date.from(instant))
			.append(MeasurementTimeFields.OFFSET, zone.getRules().getOffset(instant).getId())
			.append(MeasurementTimeFields.ZONE_ID, zone.getId())
			.append(MeasurementTimeFields.LOCAL_DATE, LocalDate.ofInstant(instant, zone).toString())
			.append(MeasurementTimeFields.ZONE_ASSUMED, false);
	}

	/** dropbox-ingest's {@code Sources.document} for an upload. */
	private static Document fileSource(String file, String sha256) {
		return new Document("kind", "file").append("file", file)
			.append("sha256", sha256)
			.append("format", "TEST")
			.append("origin", "UPLOAD");
	}

}
