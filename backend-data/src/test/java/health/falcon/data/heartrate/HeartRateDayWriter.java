package health.falcon.data.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import health.falcon.documents.Provenance;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleCodec;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.model.Source;
import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code heart_rate_days} documents as fitbit-service does ({@code DayGrouping}
 * and {@code HeartRateDayDocuments}): samples grouped by the local day at the offset they
 * were measured at, keyed on {@link SampleKeys}, packed with the shared
 * {@link SampleCodec} and {@link MinuteRollups}, with offset runs and provenance.
 */
final class HeartRateDayWriter {

	private final MongoTemplate template;

	HeartRateDayWriter(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Store samples.
	 * @param samples bpm by instant
	 * @param zone the zone the wearer was in, which gives each sample's offset
	 */
	void write(String userId, Map<Instant, Integer> samples, ZoneId zone, Source source) {
		Map<LocalDate, TreeMap<Integer, int[]>> days = new TreeMap<>();
		new TreeMap<>(samples).forEach((instant, bpm) -> {
			ZoneOffset offset = zone.getRules().getOffset(instant);
			LocalDate day = SampleKeys.localDay(instant, offset);
			int key = (int) (instant.getEpochSecond() - SampleKeys.base(day));
			days.computeIfAbsent(day, (d) -> new TreeMap<>()).put(key, new int[] { bpm, offset.getTotalSeconds() });
		});
		days.forEach((day, keyed) -> this.template.save(document(userId, day, keyed, source),
				HeartRateDaysCollection.COLLECTION));
	}

	private static Document document(String userId, LocalDate day, TreeMap<Integer, int[]> keyed, Source source) {
		int[] keys = keyed.keySet().stream().mapToInt(Integer::intValue).toArray();
		int[] bpm = keyed.values().stream().mapToInt((value) -> value[0]).toArray();
		MinuteRollups rollups = MinuteRollups.of(keys, bpm);
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
		int min = 255;
		int max = 0;
		for (int value : bpm) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		return new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day))
			.append(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.VERSION, 1L)
			.append(HeartRateDaysCollection.WRITE_TOKEN, "test")
			.append(HeartRateDaysCollection.SAMPLES, new Binary(SampleCodec.encode(keys, bpm)))
			.append(HeartRateDaysCollection.ROLLUPS, new Binary(rollups.encode()))
			.append(HeartRateDaysCollection.OFFSET_RUNS, runs)
			.append(HeartRateDaysCollection.OFFSETS, new ArrayList<>(offsets))
			.append(HeartRateDaysCollection.ZONE_CHANGED, offsets.size() > 1)
			.append(HeartRateDaysCollection.SAMPLE_COUNT, keys.length)
			.append(HeartRateDaysCollection.MIN_BPM, min)
			.append(HeartRateDaysCollection.MAX_BPM, max)
			.append(HeartRateDaysCollection.SOURCES, List.of(Provenance.toDocument(source)));
	}

}
