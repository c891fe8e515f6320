package health.falcon.data.body;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.paging.Keyset;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.SortKind;
import health.falcon.documents.body.BodyMeasurementsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code body_measurements} (diet-service writes them, one document per user and
 * local date). Every query is scoped to one user; the range selects by {@code date},
 * pages are keyset pages on ({@code date}, {@code _id}), newest first.
 */
@Repository
class BodyRepository {

	static final Keyset KEYSET = new Keyset("body-measurements", BodyMeasurementsCollection.DATE, SortKind.LOCAL_DATE);

	private final MongoTemplate template;

	BodyRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return one page of the user's measurements and one more (see {@link Keyset#query}).
	 * @param from the first local date, inclusive, or {@code null}
	 * @param to the last local date, inclusive, or {@code null}
	 * @param after where the previous page ended, or {@code null}
	 */
	List<Document> find(String userId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Position after,
			int limit) {
		Criteria filter = ListQuery.within(Criteria.where(BodyMeasurementsCollection.USER_ID).is(userId),
				BodyMeasurementsCollection.DATE, from, to);
		return this.template.find(KEYSET.query(filter, after, limit), Document.class,
				BodyMeasurementsCollection.COLLECTION);
	}

}
