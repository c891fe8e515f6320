package health.falcon.data.metrics.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import health.falcon.data.stored.Sources;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
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
 * Reads {@code heart_rate_days} (writer: fitbit-service) for the exports: the per-minute
 * rollups day by day as a stream (the CSV), and each day's sample count and bpm sum (the
 * FHIR daily means; summed from the rollups for a day stored before its summary was).
 * Never the samples.
 */
@Repository
class HeartRateExportRepository {

	private final MongoTemplate template;

	HeartRateExportRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Stream the per-minute rollups of the user's days between two local dates, in date
	 * order, one document at a time. The caller closes the stream.
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	Stream<Day> minutes(String userId, LocalDate first, LocalDate last) {
		Query query = range(userId, first, last);
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.ROLLUPS,
					HeartRateDaysCollection.SOURCES);
		return this.template.stream(query, Document.class, HeartRateDaysCollection.COLLECTION)
			.map((document) -> new Day(LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE)),
					rollups(document), source(document)));
	}

	/**
	 * Return the sample count and bpm sum of the user's days between two local dates, in
	 * date order; a day without samples is left out.
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<DayTotal> totals(String userId, LocalDate first, LocalDate last) {
		Query query = range(userId, first, last);
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.SAMPLE_COUNT,
					HeartRateDaysCollection.SUM_BPM, HeartRateDaysCollection.SOURCES);
		Map<LocalDate, DayTotal> totals = new TreeMap<>();
		List<String> unsummed = new ArrayList<>();
		for (Document document : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			LocalDate day = LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE));
			Number count = document.get(HeartRateDaysCollection.SAMPLE_COUNT, Number.class);
			Number sum = document.get(HeartRateDaysCollection.SUM_BPM, Number.class);
			if (count == null || sum == null) {
				unsummed.add(document.getString(HeartRateDaysCollection.ID));
			}
			else if (count.longValue() > 0) {
				totals.put(day, new DayTotal(day, count.longValue(), sum.longValue(), source(document)));
			}
		}
		if (!unsummed.isEmpty()) {
			summed(userId, unsummed).forEach((total) -> totals.put(total.day(), total));
		}
		return List.copyOf(totals.values());
	}

	/**
	 * The totals of days stored before their summary was, from their rollups.
	 */
	private List<DayTotal> summed(String userId, List<String> ids) {
		Query query = Query
			.query(Criteria.where(HeartRateDaysCollection.ID).in(ids).and(HeartRateDaysCollection.USER_ID).is(userId));
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.ROLLUPS,
					HeartRateDaysCollection.SOURCES);
		List<DayTotal> totals = new ArrayList<>();
		for (Document document : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			MinuteRollups rollups = rollups(document);
			long count = 0;
			long sum = 0;
			for (int i = 0; i < rollups.size(); i++) {
				count += rollups.count()[i];
				sum += rollups.sum()[i];
			}
			if (count > 0) {
				totals.add(new DayTotal(LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE)), count,
						sum, source(document)));
			}
		}
		return totals;
	}

	private static Query range(String userId, LocalDate first, LocalDate last) {
		return Query
			.query(Criteria.where(HeartRateDaysCollection.USER_ID)
				.is(userId)
				.and(HeartRateDaysCollection.LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(HeartRateDaysCollection.LOCAL_DATE));
	}

	private static MinuteRollups rollups(Document document) {
		Binary rollups = document.get(HeartRateDaysCollection.ROLLUPS, Binary.class);
		return MinuteRollups.decode((rollups != null) ? rollups.getData() : null);
	}

	/**
	 * The latest writer of a day.
	 */
	private static @Nullable String source(Document document) {
		List<Document> sources = document.getList(HeartRateDaysCollection.SOURCES, Document.class, List.of());
		return sources.isEmpty() ? null : Sources.name(sources.get(sources.size() - 1));
	}

	/**
	 * One stored day's per-minute rollups.
	 *
	 * @param day the document's local date
	 * @param rollups the decoded rollups
	 * @param source the latest writer's {@code provider/channel}, or {@code null}
	 */
	record Day(LocalDate day, MinuteRollups rollups, @Nullable String source) {

	}

	/**
	 * One stored day's samples summed up.
	 *
	 * @param day the document's local date
	 * @param count the number of samples, more than 0
	 * @param sum the sum of their bpm
	 * @param source the latest writer's {@code provider/channel}, or {@code null}
	 */
	record DayTotal(LocalDate day, long count, long sum, @Nullable String source) {

		/** The day's mean bpm, rounded to 0.1. */
		double mean() {
			return Math.round(this.sum * 10.0 / this.count) / 10.0;
		}

	}

}
