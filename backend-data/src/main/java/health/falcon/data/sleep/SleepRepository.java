package health.falcon.data.sleep;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.paging.Keyset;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.SortKind;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code sleep_sessions} (fitbit-service writes them). Every query is scoped to one
 * user; the range selects by {@code dateOfSleep}, pages are keyset pages on
 * ({@code start}, {@code _id}), newest first, and leave out the stage timeline.
 */
@Repository
class SleepRepository {

	static final Keyset KEYSET = new Keyset("sleep-sessions", SleepSessionsCollection.START, SortKind.INSTANT);

	private final MongoTemplate template;

	SleepRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return one page of the user's sessions and one more (see {@link Keyset#query}).
	 * @param from the first date of sleep, inclusive, or {@code null}
	 * @param to the last date of sleep, inclusive, or {@code null}
	 * @param after where the previous page ended, or {@code null}
	 */
	List<Document> find(String userId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Position after,
			int limit) {
		Criteria filter = ListQuery.within(Criteria.where(SleepSessionsCollection.USER_ID).is(userId),
				SleepSessionsCollection.DATE_OF_SLEEP, from, to);
		Query query = KEYSET.query(filter, after, limit);
		query.fields().exclude(SleepSessionsCollection.STAGES).exclude(SleepSessionsCollection.CONTENT_HASH);
		return this.template.find(query, Document.class, SleepSessionsCollection.COLLECTION);
	}

	/**
	 * Return one of the user's sessions.
	 * @return the session, {@code null} when the user has none with this id
	 */
	@Nullable Document findOne(String userId, String id) {
		Query query = Query
			.query(Criteria.where(SleepSessionsCollection.ID).is(id).and(SleepSessionsCollection.USER_ID).is(userId));
		return this.template.findOne(query, Document.class, SleepSessionsCollection.COLLECTION);
	}

}
