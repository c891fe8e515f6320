package health.falcon.data.metrics;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.series.Sources;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the daily metrics from {@code daily_activity} and {@code heart_rate_days}
 * (writer: fitbit-service): both hold one document per user and local date under
 * {@code userId} and {@code localDate}, so one query on the natural key serves every
 * metric.
 */
@Repository
class DailyMetricsRepository {

	private static final String USER_ID = HeartRateDaysCollection.USER_ID;

	private static final String LOCAL_DATE = HeartRateDaysCollection.LOCAL_DATE;

	private final MongoTemplate template;

	DailyMetricsRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's stored days of a metric between two local dates, in date order; a
	 * day without the metric is left out.
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<DailyValue> days(String userId, DailyMetric metric, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(USER_ID)
				.is(userId)
				.and(LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString())
				.and(metric.field())
				.exists(true))
			.with(Sort.by(LOCAL_DATE));
		query.fields().include(LOCAL_DATE, metric.field(), metric.sourceField());
		return this.template.find(query, Document.class, metric.collection())
			.stream()
			.filter((document) -> document.get(metric.field()) instanceof Number)
			.map((document) -> new DailyValue(LocalDate.parse(document.getString(LOCAL_DATE)),
					((Number) document.get(metric.field())).doubleValue(),
					Sources.name(document.get(metric.sourceField(), Document.class))))
			.toList();
	}

	/**
	 * Whether the user has any document in a collection, optionally holding a field.
	 * @param field the field that must be present, or {@code null} for any document
	 */
	boolean exists(String userId, String collection, @Nullable String field) {
		Criteria criteria = Criteria.where(USER_ID).is(userId);
		if (field != null) {
			criteria = criteria.and(field).exists(true);
		}
		return this.template.exists(Query.query(criteria), collection);
	}

}
