package health.falcon.data.heartrate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import health.falcon.data.stored.Sources;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code heart_rate_days} and {@code heart_rate_samples} (writer: fitbit-service).
 * Each read loads only what its resolution needs: the samples for {@code raw}, the
 * per-minute rollups for buckets by instant, the per-day summary for days and weeks. A
 * range of days is selected on {@code (userId, localDate)}: in mongo-java-server (H2
 * backend) that is as fast as exact ids ({@code _id $in}) for a day or a week and 6x
 * faster for a year (median 1.0 against 6.1 ms for a year's summaries), see
 * docs/benchmarks.md.
 */
@Repository
class HeartRateRepository {

	private final MongoTemplate template;

	HeartRateRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the per-minute rollups of the user's stored days between two local dates, in
	 * date order.
	 * @param userId the owner
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<StoredDay> days(String userId, LocalDate first, LocalDate last) {
		return rollups(range(userId, first, last));
	}

	/**
	 * Return the summaries of the user's stored days between two local dates, in date
	 * order; a day stored before its summary was is summed from its rollups.
	 * @param userId the owner
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<DaySummary> summaries(String userId, LocalDate first, LocalDate last) {
		Query query = range(userId, first, last);
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.SAMPLE_COUNT,
					HeartRateDaysCollection.SUM_BPM, HeartRateDaysCollection.MIN_BPM, HeartRateDaysCollection.MAX_BPM,
					HeartRateDaysCollection.HOUR_COUNT, HeartRateDaysCollection.OFFSETS,
					HeartRateDaysCollection.SOURCES);
		List<DaySummary> summaries = new ArrayList<>();
		Map<String, Integer> unsummed = new HashMap<>();
		for (Document document : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			LocalDate day = LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE));
			Number sum = document.get(HeartRateDaysCollection.SUM_BPM, Number.class);
			Number count = document.get(HeartRateDaysCollection.SAMPLE_COUNT, Number.class);
			if (sum == null || count == null) {
				unsummed.put(document.getString(HeartRateDaysCollection.ID), summaries.size());
				summaries.add(DaySummary.of(day, 0, 0, 0, 0, 0, null));
				continue;
			}
			summaries.add(summary(day, document, count.longValue(), sum.longValue()));
		}
		if (!unsummed.isEmpty()) {
			for (StoredDay day : rollups(select(userId, new ArrayList<>(unsummed.keySet())))) {
				summaries.set(unsummed.get(HeartRateDaysCollection.id(userId, day.day())), DaySummary.of(day));
			}
		}
		return summaries;
	}

	/**
	 * Return the packed samples of the user's stored days between two local dates, in
	 * date order (without rollups).
	 * @param userId the owner
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<StoredDay> samples(String userId, LocalDate first, LocalDate last) {
		Query query = range(userId, first, last);
		// a day stored before the samples moved still holds them itself
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.SOURCES,
					HeartRateDaysCollection.SAMPLES);
		List<Document> days = this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION);
		Query samplesQuery = select(userId,
				days.stream().map((day) -> day.getString(HeartRateDaysCollection.ID)).toList());
		samplesQuery.fields().include(HeartRateSamplesCollection.SAMPLES);
		Map<String, Binary> samples = new HashMap<>();
		for (Document document : this.template.find(samplesQuery, Document.class,
				HeartRateSamplesCollection.COLLECTION)) {
			samples.put(document.getString(HeartRateSamplesCollection.ID),
					document.get(HeartRateSamplesCollection.SAMPLES, Binary.class));
		}
		MinuteRollups none = MinuteRollups.decode(null);
		return days.stream().map((document) -> {
			Binary packed = samples.getOrDefault(document.getString(HeartRateDaysCollection.ID),
					document.get(HeartRateDaysCollection.SAMPLES, Binary.class));
			return new StoredDay(LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE)), none,
					(packed != null) ? packed.getData() : null, source(document));
		}).toList();
	}

	/**
	 * A stored summary; the day's offsets bound the instants of its samples.
	 */
	private static DaySummary summary(LocalDate day, Document document, long count, long sum) {
		int min = document.get(HeartRateDaysCollection.MIN_BPM, 0);
		int max = document.get(HeartRateDaysCollection.MAX_BPM, 0);
		int hours = document.get(HeartRateDaysCollection.HOUR_COUNT, 0);
		List<String> offsets = document.getList(HeartRateDaysCollection.OFFSETS, String.class, List.of());
		if (offsets.isEmpty()) {
			return DaySummary.of(day, count, sum, min, max, hours, source(document));
		}
		int largest = Integer.MIN_VALUE;
		int smallest = Integer.MAX_VALUE;
		for (String offset : offsets) {
			largest = Math.max(largest, ZoneOffset.of(offset).getTotalSeconds());
			smallest = Math.min(smallest, ZoneOffset.of(offset).getTotalSeconds());
		}
		// the largest offset reaches the day's midnight first, the smallest its end last
		return new DaySummary(day, count, sum, min, max, hours,
				day.atStartOfDay(ZoneOffset.ofTotalSeconds(largest)).toInstant(),
				day.plusDays(1).atStartOfDay(ZoneOffset.ofTotalSeconds(smallest)).toInstant(), source(document));
	}

	private List<StoredDay> rollups(Query query) {
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.ROLLUPS,
					HeartRateDaysCollection.SOURCES);
		return this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)
			.stream()
			.map(HeartRateRepository::day)
			.toList();
	}

	/**
	 * The user's days between two local dates, in date order.
	 */
	private static Query range(String userId, LocalDate first, LocalDate last) {
		return Query
			.query(Criteria.where(HeartRateDaysCollection.USER_ID)
				.is(userId)
				.and(HeartRateDaysCollection.LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(HeartRateDaysCollection.LOCAL_DATE));
	}

	/**
	 * The user's documents with these ids, in id (and so date) order.
	 */
	private static Query select(String userId, List<String> ids) {
		return Query
			.query(Criteria.where(HeartRateDaysCollection.ID).in(ids).and(HeartRateDaysCollection.USER_ID).is(userId))
			.with(Sort.by(HeartRateDaysCollection.ID));
	}

	private static StoredDay day(Document document) {
		Binary rollups = document.get(HeartRateDaysCollection.ROLLUPS, Binary.class);
		return new StoredDay(LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE)),
				MinuteRollups.decode((rollups != null) ? rollups.getData() : null), null, source(document));
	}

	/**
	 * The latest writer of a day.
	 */
	private static @Nullable String source(Document document) {
		List<Document> sources = document.getList(HeartRateDaysCollection.SOURCES, Document.class, List.of());
		return sources.isEmpty() ? null : Sources.name(sources.get(sources.size() - 1));
	}

}
