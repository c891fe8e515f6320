package health.falcon.data.metrics;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.stored.Sources;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the metrics stored as one document per user and local date:
 * {@code daily_activity} and {@code heart_rate_days} (writer: fitbit-service, date in
 * {@code localDate}) and {@code body_measurements} (writer: diet-service, date in
 * {@code date}). One query on the natural key serves every metric, and {@link #exists}
 * answers the catalog for every store.
 */
@Repository
class DailyMetricsRepository {

	private static final String USER_ID = HeartRateDaysCollection.USER_ID;

	private final MongoTemplate template;

	DailyMetricsRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's stored days of a metric between two local dates, in date order; a
	 * day without the metric is left out.
	 * @param metric a metric of {@code daily_activity}, {@code heart_rate_days} or
	 * {@code body_measurements}
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<Reading> days(String userId, DailyMetric metric, LocalDate first, LocalDate last) {
		Layout layout = Layout.of(metric.store());
		Query query = Query
			.query(Criteria.where(USER_ID)
				.is(userId)
				.and(layout.date())
				.gte(first.toString())
				.lte(last.toString())
				.and(metric.field())
				.exists(true))
			.with(Sort.by(layout.date()));
		query.fields().include(layout.date(), metric.field(), layout.source());
		return this.template.find(query, Document.class, layout.collection())
			.stream()
			.filter((document) -> document.get(metric.field()) instanceof Number)
			.map((document) -> Reading.daily(LocalDate.parse(document.getString(layout.date())),
					((Number) document.get(metric.field())).doubleValue(),
					Sources.name(document.get(layout.source(), Document.class))))
			.toList();
	}

	/**
	 * Whether the user has any document in a collection holding one of some fields with a
	 * value (writers store an unknown value as {@code null}, which is no data).
	 * @param fields the fields of which one must be present; none for any document
	 */
	boolean exists(String userId, String collection, String... fields) {
		Criteria criteria = Criteria.where(USER_ID).is(userId);
		if (fields.length == 1) {
			criteria = criteria.and(fields[0]).ne(null);
		}
		else if (fields.length > 1) {
			criteria = criteria.orOperator(
					List.of(fields).stream().map((field) -> Criteria.where(field).ne(null)).toArray(Criteria[]::new));
		}
		return this.template.exists(Query.query(criteria), collection);
	}

	/**
	 * Where a store of one document per date keeps its date and provenance.
	 */
	private record Layout(String collection, String date, String source) {

		static Layout of(Store store) {
			return switch (store) {
				case DAILY_ACTIVITY -> new Layout(DailyActivityCollection.COLLECTION,
						DailyActivityCollection.LOCAL_DATE, DailyActivityCollection.SOURCE);
				case HEART_RATE_DAYS -> new Layout(HeartRateDaysCollection.COLLECTION,
						HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.RESTING_SOURCE);
				case BODY_MEASUREMENTS -> new Layout(BodyMeasurementsCollection.COLLECTION,
						BodyMeasurementsCollection.DATE, BodyMeasurementsCollection.SOURCE);
				default -> throw new IllegalArgumentException("not one document per date: " + store);
			};
		}

	}

}
