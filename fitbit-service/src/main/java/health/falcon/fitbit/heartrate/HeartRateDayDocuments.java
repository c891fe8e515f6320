package health.falcon.fitbit.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import health.falcon.documents.Provenance;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleCodec;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.model.Source;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Maps between a {@code heart_rate_days} document and {@link DaySamples}. The members are
 * those of {@link HeartRateDaysCollection}: {@code _id} ({@code userId:YYYY-MM-DD}),
 * {@code userId}, {@code localDate}, {@code version} (optimistic locking),
 * {@code writeToken} (who wrote this version), {@code rollups} (packed, see
 * {@link MinuteRollups}), {@code offsetRuns} ({@code [{from: key, offset: seconds}]}),
 * {@code offsets} (the offsets seen, {@code +01:00}), {@code zoneChanged},
 * {@code sampleCount}, {@code sumBpm}, {@code hourCount}, {@code minBpm}, {@code maxBpm},
 * {@code restingBpm}, {@code restingSource}, {@code sources} (the last few distinct
 * provider/sourceId pairs) and {@code updatedAt}; and a {@code heart_rate_samples}
 * document ({@link HeartRateSamplesCollection}) and {@link DaySamples}: {@code _id},
 * {@code userId}, {@code localDate}, {@code version}, {@code writeToken}, {@code samples}
 * (packed, see {@link SampleCodec}) and {@code offsetRuns}.
 */
final class HeartRateDayDocuments {

	private static final int MAX_SOURCES = 16;

	private HeartRateDayDocuments() {
	}

	/**
	 * Decode the samples of a {@code heart_rate_samples} document, or of a
	 * {@code heart_rate_days} document written before the samples moved.
	 */
	static DaySamples samples(Document document) {
		Binary packed = document.get(HeartRateDaysCollection.SAMPLES, Binary.class);
		int[][] decoded = SampleCodec.decode((packed != null) ? packed.getData() : null);
		int[] offsets = new int[decoded[0].length];
		List<Document> runs = document.getList(HeartRateDaysCollection.OFFSET_RUNS, Document.class, List.of());
		int run = 0;
		for (int i = 0; i < offsets.length; i++) {
			while (run + 1 < runs.size() && from(runs.get(run + 1)) <= decoded[0][i]) {
				run++;
			}
			offsets[i] = runs.isEmpty() ? 0 : offsetSeconds(runs.get(run));
		}
		return new DaySamples(decoded[0], decoded[1], offsets);
	}

	static int from(Document offsetRun) {
		return offsetRun.getInteger(HeartRateDaysCollection.OFFSET_RUN_FROM);
	}

	static int offsetSeconds(Document offsetRun) {
		return offsetRun.getInteger(HeartRateDaysCollection.OFFSET_RUN_OFFSET);
	}

	static Document toDocument(String userId, LocalDate day, DaySamples samples, Document previous, Source source,
			long version, String writeToken) {
		MinuteRollups rollups = MinuteRollups.of(samples.keys(), samples.bpm());
		Document document = new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day))
			.append(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.VERSION, version)
			.append(HeartRateDaysCollection.WRITE_TOKEN, writeToken)
			.append(HeartRateDaysCollection.ROLLUPS, new Binary(rollups.encode()));
		appendOffsets(document, samples);
		int min = 255;
		int max = 0;
		for (int i = 0; i < rollups.size(); i++) {
			min = Math.min(min, rollups.min()[i]);
			max = Math.max(max, rollups.max()[i]);
		}
		document.append(HeartRateDaysCollection.SAMPLE_COUNT, samples.size())
			.append(HeartRateDaysCollection.SUM_BPM, sum(samples.bpm()))
			.append(HeartRateDaysCollection.HOUR_COUNT, hours(samples.keys()))
			.append(HeartRateDaysCollection.MIN_BPM, (samples.size() > 0) ? min : null)
			.append(HeartRateDaysCollection.MAX_BPM, (samples.size() > 0) ? max : null)
			.append(HeartRateDaysCollection.RESTING_BPM, previous.get(HeartRateDaysCollection.RESTING_BPM))
			.append(HeartRateDaysCollection.RESTING_SOURCE, previous.get(HeartRateDaysCollection.RESTING_SOURCE))
			.append(HeartRateDaysCollection.SOURCES, sources(previous, source));
		return document;
	}

	static Document toSamplesDocument(String userId, LocalDate day, DaySamples samples, long version,
			String writeToken) {
		return new Document(HeartRateSamplesCollection.ID, HeartRateDaysCollection.id(userId, day))
			.append(HeartRateSamplesCollection.USER_ID, userId)
			.append(HeartRateSamplesCollection.LOCAL_DATE, day.toString())
			.append(HeartRateSamplesCollection.VERSION, version)
			.append(HeartRateSamplesCollection.WRITE_TOKEN, writeToken)
			.append(HeartRateSamplesCollection.SAMPLES, new Binary(SampleCodec.encode(samples.keys(), samples.bpm())))
			.append(HeartRateSamplesCollection.OFFSET_RUNS, offsetRuns(samples));
	}

	static long sum(int[] bpm) {
		long sum = 0;
		for (int value : bpm) {
			sum += value;
		}
		return sum;
	}

	/**
	 * How many hours of the epoch hold samples: a day's base is a whole hour, so a key's
	 * hour is {@code key / 3600} from it.
	 * @param keys sorted keys
	 */
	static int hours(int[] keys) {
		int hours = 0;
		int previous = -1;
		for (int key : keys) {
			if (key / 3600 != previous) {
				hours++;
				previous = key / 3600;
			}
		}
		return hours;
	}

	static boolean hasSource(Document document, Source source) {
		for (Document known : document.getList(HeartRateDaysCollection.SOURCES, Document.class, List.of())) {
			if (same(known, source)) {
				return true;
			}
		}
		return false;
	}

	static ZoneOffset offset(int seconds) {
		return ZoneOffset.ofTotalSeconds(seconds);
	}

	static Instant instant(LocalDate day, int key) {
		return SampleKeys.instant(day, key);
	}

	private static boolean same(Document known, Source source) {
		return source.provider().equals(known.getString(Provenance.PROVIDER))
				&& source.sourceId().equals(known.getString(Provenance.SOURCE_ID));
	}

	private static List<Document> offsetRuns(DaySamples samples) {
		List<Document> runs = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			if (i == 0 || samples.offsets()[i] != samples.offsets()[i - 1]) {
				runs.add(new Document(HeartRateDaysCollection.OFFSET_RUN_FROM, samples.keys()[i])
					.append(HeartRateDaysCollection.OFFSET_RUN_OFFSET, samples.offsets()[i]));
			}
		}
		return runs;
	}

	private static void appendOffsets(Document document, DaySamples samples) {
		Set<String> offsets = new LinkedHashSet<>();
		for (int i = 0; i < samples.size(); i++) {
			if (i == 0 || samples.offsets()[i] != samples.offsets()[i - 1]) {
				offsets.add(offset(samples.offsets()[i]).getId().replace("Z", "+00:00"));
			}
		}
		document.append(HeartRateDaysCollection.OFFSET_RUNS, offsetRuns(samples))
			.append(HeartRateDaysCollection.OFFSETS, new ArrayList<>(offsets))
			.append(HeartRateDaysCollection.ZONE_CHANGED, offsets.size() > 1);
	}

	private static List<Document> sources(Document previous, Source source) {
		List<Document> sources = new ArrayList<>();
		for (Document known : previous.getList(HeartRateDaysCollection.SOURCES, Document.class, List.of())) {
			if (!same(known, source)) {
				sources.add(known);
			}
		}
		sources.add(Provenance.toDocument(source));
		return (sources.size() > MAX_SOURCES) ? sources.subList(sources.size() - MAX_SOURCES, sources.size()) : sources;
	}

}
