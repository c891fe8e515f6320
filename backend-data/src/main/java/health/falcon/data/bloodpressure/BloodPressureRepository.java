package health.falcon.data.bloodpressure;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.paging.Keyset;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.SortKind;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code blood_pressure} (dropbox-ingest writes it). Every query is scoped to one
 * user and leaves out the rows of a file deleted in Dropbox ({@code source.deleted}); the
 * range selects by {@code time.localDate}, pages are keyset pages on
 * ({@code time.instant}, {@code _id}), newest first.
 */
@Repository
class BloodPressureRepository {

	static final String TIME_INSTANT = BloodPressureCollection.TIME + "." + MeasurementTimeFields.INSTANT;

	static final String TIME_LOCAL_DATE = BloodPressureCollection.TIME + "." + MeasurementTimeFields.LOCAL_DATE;

	static final String SOURCE_DELETED = BloodPressureCollection.SOURCE + ".deleted";

	static final Keyset KEYSET = new Keyset("blood-pressure-readings", TIME_INSTANT, SortKind.INSTANT);

	private final MongoTemplate template;

	BloodPressureRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return one page of the user's readings and one more (see {@link Keyset#query}).
	 * @param from the first local date, inclusive, or {@code null}
	 * @param to the last local date, inclusive, or {@code null}
	 * @param after where the previous page ended, or {@code null}
	 */
	List<Document> find(String userId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Position after,
			int limit) {
		Criteria filter = ListQuery.within(
				Criteria.where(BloodPressureCollection.USER_ID).is(userId).and(SOURCE_DELETED).ne(true),
				TIME_LOCAL_DATE, from, to);
		Query query = KEYSET.query(filter, after, limit);
		return this.template.find(query, Document.class, BloodPressureCollection.COLLECTION);
	}

}
