package health.falcon.fitbit.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import health.falcon.model.Source;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Maps between a {@code heart_rate_days} document and {@link DaySamples}. Fields:
 * {@code _id} ({@code userId:YYYY-MM-DD}), {@code userId}, {@code localDate},
 * {@code version} (optimistic locking), {@code writeToken} (who wrote this version),
 * {@code samples} and {@code rollups} (packed, see {@link SampleCodec} and
 * {@link MinuteRollups}), {@code offsetRuns} ({@code [{from: key, offset: seconds}]}),
 * {@code offsets} (the offsets seen, {@code +01:00}), {@code zoneChanged},
 * {@code sampleCount}, {@code minBpm}, {@code maxBpm}, {@code restingBpm},
 * {@code restingSource}, {@code sources} (the last few distinct provider/sourceId pairs)
 * and {@code updatedAt}.
 */
final class HeartRateDayDocuments {

	static final String COLLECTION = "heart_rate_days";

	private static final int MAX_SOURCES = 16;

	private HeartRateDayDocuments() {
	}

	static String id(String userId, LocalDate day) {
		return userId + ":" + day;
	}

	static DaySamples samples(Document document) {
		Binary packed = document.get("samples", Binary.class);
		int[][] decoded = SampleCodec.decode((packed != null) ? packed.getData() : null);
		int[] offsets = new int[decoded[0].length];
		List<Document> runs = document.getList("offsetRuns", Document.class, List.of());
		int run = 0;
		for (int i = 0; i < offsets.length; i++) {
			while (run + 1 < runs.size() && runs.get(run + 1).getInteger("from") <= decoded[0][i]) {
				run++;
			}
			offsets[i] = runs.isEmpty() ? 0 : runs.get(run).getInteger("offset");
		}
		return new DaySamples(decoded[0], decoded[1], offsets);
	}

	static Document toDocument(String userId, LocalDate day, DaySamples samples, Document previous, Source source,
			long version, String writeToken) {
		MinuteRollups rollups = MinuteRollups.of(samples);
		Document document = new Document("_id", id(userId, day)).append("userId", userId)
			.append("localDate", day.toString())
			.append("version", version)
			.append("writeToken", writeToken)
			.append("samples", new Binary(SampleCodec.encode(samples.keys(), samples.bpm())))
			.append("rollups", new Binary(rollups.encode()));
		appendOffsets(document, samples);
		int min = 255;
		int max = 0;
		for (int i = 0; i < rollups.size(); i++) {
			min = Math.min(min, rollups.min()[i]);
			max = Math.max(max, rollups.max()[i]);
		}
		document.append("sampleCount", samples.size())
			.append("minBpm", (samples.size() > 0) ? min : null)
			.append("maxBpm", (samples.size() > 0) ? max : null)
			.append("restingBpm", previous.get("restingBpm"))
			.append("restingSource", previous.get("restingSource"))
			.append("sources", sources(previous, source));
		return document;
	}

	static Document source(Source source) {
		return new Document("provider", source.provider()).append("sourceId", source.sourceId())
			.append("ingestRunId", source.ingestRunId())
			.append("receivedAt", Date.from(source.receivedAt()));
	}

	static boolean hasSource(Document document, Source source) {
		for (Document known : document.getList("sources", Document.class, List.of())) {
			if (source.provider().equals(known.getString("provider"))
					&& source.sourceId().equals(known.getString("sourceId"))) {
				return true;
			}
		}
		return false;
	}

	static ZoneOffset offset(int seconds) {
		return ZoneOffset.ofTotalSeconds(seconds);
	}

	static Instant instant(LocalDate day, int key) {
		return Instant.ofEpochSecond(DaySamples.base(day) + key);
	}

	private static void appendOffsets(Document document, DaySamples samples) {
		List<Document> runs = new ArrayList<>();
		Set<String> offsets = new LinkedHashSet<>();
		for (int i = 0; i < samples.size(); i++) {
			if (i == 0 || samples.offsets()[i] != samples.offsets()[i - 1]) {
				runs.add(new Document("from", samples.keys()[i]).append("offset", samples.offsets()[i]));
				offsets.add(offset(samples.offsets()[i]).getId().replace("Z", "+00:00"));
			}
		}
		document.append("offsetRuns", runs)
			.append("offsets", new ArrayList<>(offsets))
			.append("zoneChanged", offsets.size() > 1);
	}

	private static List<Document> sources(Document previous, Source source) {
		List<Document> sources = new ArrayList<>();
		for (Document known : previous.getList("sources", Document.class, List.of())) {
			boolean same = source.provider().equals(known.getString("provider"))
					&& source.sourceId().equals(known.getString("sourceId"));
			if (!same) {
				sources.add(known);
			}
		}
		sources.add(source(source));
		return (sources.size() > MAX_SOURCES) ? sources.subList(sources.size() - MAX_SOURCES, sources.size()) : sources;
	}

}
