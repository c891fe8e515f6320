package health.falcon.data.heartrate;

import java.time.LocalDate;
import java.util.List;

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
 * Reads {@code heart_rate_days} (writer: fitbit-service). The packed samples are only
 * read when asked for; long ranges need only the rollups.
 */
@Repository
class HeartRateRepository {

	private final MongoTemplate template;

	HeartRateRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's stored days between two local dates, in date order.
	 * @param userId the owner
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 * @param withSamples whether to read the packed samples as well
	 */
	List<StoredDay> days(String userId, LocalDate first, LocalDate last, boolean withSamples) {
		Query query = Query
			.query(Criteria.where(HeartRateDaysCollection.USER_ID)
				.is(userId)
				.and(HeartRateDaysCollection.LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(HeartRateDaysCollection.LOCAL_DATE));
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.ROLLUPS,
					HeartRateDaysCollection.SOURCES);
		if (withSamples) {
			query.fields().include(HeartRateDaysCollection.SAMPLES);
		}
		return this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)
			.stream()
			.map(HeartRateRepository::day)
			.toList();
	}

	private static StoredDay day(Document document) {
		Binary rollups = document.get(HeartRateDaysCollection.ROLLUPS, Binary.class);
		Binary samples = document.get(HeartRateDaysCollection.SAMPLES, Binary.class);
		return new StoredDay(LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE)),
				MinuteRollups.decode((rollups != null) ? rollups.getData() : null),
				(samples != null) ? samples.getData() : null, source(document));
	}

	/**
	 * The latest writer of a day.
	 */
	private static @Nullable String source(Document document) {
		List<Document> sources = document.getList(HeartRateDaysCollection.SOURCES, Document.class, List.of());
		return sources.isEmpty() ? null : Sources.name(sources.get(sources.size() - 1));
	}

}
