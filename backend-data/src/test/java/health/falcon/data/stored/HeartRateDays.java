package health.falcon.data.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.model.UpdateOptions;
import health.falcon.documents.Provenance;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleCodec;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.model.Source;
import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code heart_rate_days} and {@code heart_rate_samples} exactly as fitbit-service
 * does: the samples as {@code DayGrouping} and {@code HeartRateDayDocuments} store them
 * (grouped by the local day at the offset they were measured at, keyed on
 * {@link SampleKeys}, packed with the shared {@link SampleCodec} into their own document,
 * the day with {@link MinuteRollups}, offset runs, the summary and provenance), and the
 * resting heart rate as {@code MongoHeartRateStore.restingHeartRate} does. Days as they
 * were stored before the samples moved (samples inside, no {@code sumBpm}) are written by
 * {@link #legacySamples}.
 */
public final class HeartRateDays {

	private HeartRateDays() {
	}

	/**
	 * Store samples.
	 * @param samples bpm by instant
	 * @param zone the zone the wearer was in, which gives each sample's offset
	 */
	public static void samples(MongoTemplate template, String userId, Map<Instant, Integer> samples, ZoneId zone,
			Source source) {
		write(template, userId, samples, zone, source, false);
	}

	/**
	 * Store samples as fitbit-service stored them before they moved to
	 * {@code heart_rate_samples}: inside the day, without {@code sumBpm}.
	 * @param samples bpm by instant
	 * @param zone the zone the wearer was in, which gives each sample's offset
	 */
	public static void legacySamples(MongoTemplate template, String userId, Map<Instant, Integer> samples, ZoneId zone,
			Source source) {
		write(template, userId, samples, zone, source, true);
	}

	private static void write(MongoTemplate template, String userId, Map<Instant, Integer> samples, ZoneId zone,
			Source source, boolean legacy) {
		Map<LocalDate, TreeMap<Integer, int[]>> days = new TreeMap<>();
		new TreeMap<>(samples).forEach((instant, bpm) -> {
			ZoneOffset offset = zone.getRules().getOffset(instant);
			LocalDate day = SampleKeys.localDay(instant, offset);
			int key = (int) (instant.getEpochSecond() - SampleKeys.base(day));
			days.computeIfAbsent(day, (d) -> new TreeMap<>()).put(key, new int[] { bpm, offset.getTotalSeconds() });
		});
		days.forEach((day, keyed) -> {
			Document document = document(userId, day, keyed, source);
			Document samplesDocument = new Document(HeartRateSamplesCollection.ID,
					document.get(HeartRateDaysCollection.ID))
				.append(HeartRateSamplesCollection.USER_ID, userId)
				.append(HeartRateSamplesCollection.LOCAL_DATE, day.toString())
				.append(HeartRateSamplesCollection.VERSION, 1L)
				.append(HeartRateSamplesCollection.WRITE_TOKEN, "test")
				.append(HeartRateSamplesCollection.SAMPLES, document.remove(HeartRateDaysCollection.SAMPLES))
				.append(HeartRateSamplesCollection.OFFSET_RUNS, document.get(HeartRateDaysCollection.OFFSET_RUNS));
			if (legacy) {
				document.remove(HeartRateDaysCollection.SUM_BPM);
				document.remove(HeartRateDaysCollection.HOUR_COUNT);
				document.put(HeartRateDaysCollection.SAMPLES, samplesDocument.get(HeartRateSamplesCollection.SAMPLES));
			}
			else {
				template.save(samplesDocument, HeartRateSamplesCollection.COLLECTION);
			}
			template.save(document, HeartRateDaysCollection.COLLECTION);
		});
	}

	/**
	 * Store a day's first hour of samples, one a minute from 60 to 119 bpm, from a Google
	 * Health API sync.
	 */
	public static void firstHour(MongoTemplate template, String userId, LocalDate day, ZoneId zone) {
		Map<Instant, Integer> samples = new LinkedHashMap<>();
		Instant start = day.atStartOfDay(zone).toInstant();
		for (int i = 0; i < 60; i++) {
			samples.put(start.plusSeconds(i * 60L), 60 + i);
		}
		samples(template, userId, samples, zone, DailyActivities.GOOGLE_HEALTH);
	}

	/**
	 * Store a day's resting heart rate from a Google Health API sync.
	 */
	public static void resting(MongoTemplate template, String userId, LocalDate day, int restingBpm) {
		resting(template, userId, day, restingBpm, DailyActivities.GOOGLE_HEALTH);
	}

	/**
	 * Store a day's resting heart rate: a {@code $set} of it, its provenance and
	 * {@code updatedAt}, the day's key fields on insert.
	 */
	public static void resting(MongoTemplate template, String userId, LocalDate day, int restingBpm, Source source) {
		Document set = new Document(HeartRateDaysCollection.RESTING_BPM, restingBpm)
			.append(HeartRateDaysCollection.RESTING_SOURCE, Provenance.toDocument(source))
			.append(HeartRateDaysCollection.UPDATED_AT, DailyActivities.UPDATED_AT);
		Document onInsert = new Document(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.SAMPLE_COUNT, 0)
			.append(HeartRateDaysCollection.SUM_BPM, 0L)
			.append(HeartRateDaysCollection.HOUR_COUNT, 0);
		template.getCollection(HeartRateDaysCollection.COLLECTION)
			.updateOne(new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day)),
					new Document("$set", set).append("$setOnInsert", onInsert)
						.append("$inc", new Document(HeartRateDaysCollection.VERSION, 1L)),
					new UpdateOptions().upsert(true));
	}

	private static Document document(String userId, LocalDate day, TreeMap<Integer, int[]> keyed, Source source) {
		int[] keys = keyed.keySet().stream().mapToInt(Integer::intValue).toArray();
		int[] bpm = keyed.values().stream().mapToInt((value) -> value[0]).toArray();
		List<Document> runs = new ArrayList<>();
		Set<String> offsets = new LinkedHashSet<>();
		Integer previous = null;
		for (Map.Entry<Integer, int[]> entry : keyed.entrySet()) {
			int offset = entry.getValue()[1];
			if (previous == null || previous != offset) {
				runs.add(new Document(HeartRateDaysCollection.OFFSET_RUN_FROM, entry.getKey())
					.append(HeartRateDaysCollection.OFFSET_RUN_OFFSET, offset));
				offsets.add(ZoneOffset.ofTotalSeconds(offset).getId().replace("Z", "+00:00"));
				previous = offset;
			}
		}
		return new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day))
			.append(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.VERSION, 1L)
			.append(HeartRateDaysCollection.WRITE_TOKEN, "test")
			.append(HeartRateDaysCollection.SAMPLES, new Binary(SampleCodec.encode(keys, bpm)))
			.append(HeartRateDaysCollection.ROLLUPS, new Binary(MinuteRollups.of(keys, bpm).encode()))
			.append(HeartRateDaysCollection.OFFSET_RUNS, runs)
			.append(HeartRateDaysCollection.OFFSETS, new ArrayList<>(offsets))
			.append(HeartRateDaysCollection.ZONE_CHANGED, offsets.size() > 1)
			.append(HeartRateDaysCollection.SAMPLE_COUNT, keys.length)
			.append(HeartRateDaysCollection.SUM_BPM, Arrays.stream(bpm).asLongStream().sum())
			.append(HeartRateDaysCollection.HOUR_COUNT,
					(int) Arrays.stream(keys).map((key) -> key / 3600).distinct().count())
			.append(HeartRateDaysCollection.MIN_BPM, Arrays.stream(bpm).min().orElse(0))
			.append(HeartRateDaysCollection.MAX_BPM, Arrays.stream(bpm).max().orElse(0))
			.append(HeartRateDaysCollection.SOURCES, List.of(Provenance.toDocument(source)));
	}

}
