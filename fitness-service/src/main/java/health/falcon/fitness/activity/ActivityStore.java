package health.falcon.fitness.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import health.falcon.documents.Provenance;
import health.falcon.documents.activities.ActivitiesCollection;
import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes the {@code activities} collection. Upserts are keyed by the natural key (the
 * document id is derived from it, and a unique index guards it) and skip activities whose
 * content did not change, so that a re-run, an overlapping page or a duplicate webhook
 * delivery writes nothing.
 */
@Component
public class ActivityStore {

	private final MongoTemplate mongo;

	private final Clock clock;

	public ActivityStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		ActivitiesCollection.indexes().forEach(this.mongo.indexOps(ActivitiesCollection.COLLECTION)::createIndex);
	}

	/**
	 * Insert new activities and update changed ones in one bulk write.
	 * @param activities activities of one user and provider (a page)
	 * @return how many were written, and which of them were new
	 */
	public UpsertResult upsertAll(List<Activity> activities) {
		if (activities.isEmpty()) {
			return new UpsertResult(0, List.of());
		}
		Map<String, Document> existing = existing(activities);
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, ActivitiesCollection.COLLECTION);
		List<String> inserted = new ArrayList<>();
		int written = 0;
		Instant now = this.clock.instant();
		for (Activity activity : activities) {
			Document content = ActivityDocuments.content(activity);
			String fingerprint = ActivityDocuments.fingerprint(content);
			Document stored = existing.get(activity.id());
			if (stored != null && unchanged(stored, fingerprint, activity.energyKcal())) {
				continue;
			}
			bulk.upsert(Query.query(Criteria.where(ActivitiesCollection.ID).is(activity.id())),
					update(activity, content, fingerprint, now));
			written++;
			if (stored == null) {
				inserted.add(activity.source().sourceId());
			}
		}
		if (written > 0) {
			bulk.execute();
		}
		return new UpsertResult(written, List.copyOf(inserted));
	}

	/**
	 * Mark an activity deleted, keeping the document. Deleting twice changes nothing.
	 * @param userId the owner
	 * @param provider the provider id
	 * @param sourceId the provider's activity id
	 * @param deletedAt when the provider reported the deletion
	 * @return {@code true} when the activity was stored and not yet deleted
	 */
	public boolean softDelete(String userId, String provider, String sourceId, Instant deletedAt) {
		Query query = Query.query(Criteria.where(ActivitiesCollection.ID)
			.is(Activity.id(userId, provider, sourceId))
			.and(ActivitiesCollection.DELETED)
			.ne(true));
		Update update = new Update().set(ActivitiesCollection.DELETED, true)
			.set(ActivitiesCollection.DELETED_AT, ActivityDocuments.date(deletedAt))
			.set(ActivitiesCollection.UPDATED_AT, ActivityDocuments.date(this.clock.instant()));
		return this.mongo.updateFirst(query, update, ActivitiesCollection.COLLECTION).getModifiedCount() > 0;
	}

	/**
	 * Whether an activity is stored and not deleted.
	 * @param userId the owner
	 * @param provider the provider id
	 * @param sourceId the provider's activity id
	 * @return {@code true} for a live stored activity
	 */
	public boolean isLive(String userId, String provider, String sourceId) {
		Query query = Query.query(Criteria.where(ActivitiesCollection.ID)
			.is(Activity.id(userId, provider, sourceId))
			.and(ActivitiesCollection.DELETED)
			.ne(true));
		return this.mongo.exists(query, ActivitiesCollection.COLLECTION);
	}

	/**
	 * The provider ids of a user's live activities that started strictly between two
	 * instants.
	 * @param userId the owner
	 * @param provider the provider id
	 * @param after exclusive lower bound of the start
	 * @param before exclusive upper bound of the start
	 * @return the provider's activity ids
	 */
	public List<String> liveSourceIdsBetween(String userId, String provider, Instant after, Instant before) {
		Query query = Query.query(Criteria.where(ActivitiesCollection.USER_ID)
			.is(userId)
			.and(ActivitiesCollection.SOURCE_PROVIDER)
			.is(provider)
			.and(ActivitiesCollection.DELETED)
			.ne(true)
			.and(ActivitiesCollection.TIME_INSTANT)
			.gt(ActivityDocuments.date(after))
			.lt(ActivityDocuments.date(before)));
		query.fields().include(ActivitiesCollection.SOURCE_ID);
		return this.mongo.find(query, Document.class, ActivitiesCollection.COLLECTION)
			.stream()
			.map((document) -> document.get(ActivitiesCollection.SOURCE, Document.class)
				.getString(Provenance.SOURCE_ID))
			.toList();
	}

	/**
	 * Delete every activity of a user from a provider.
	 * @param userId the owner
	 * @param provider the provider id
	 * @return how many documents were deleted
	 */
	public long deleteAll(String userId, String provider) {
		Query query = Query.query(Criteria.where(ActivitiesCollection.USER_ID)
			.is(userId)
			.and(ActivitiesCollection.SOURCE_PROVIDER)
			.is(provider));
		return this.mongo.remove(query, ActivitiesCollection.COLLECTION).getDeletedCount();
	}

	private Map<String, Document> existing(List<Activity> activities) {
		List<String> ids = activities.stream().map(Activity::id).toList();
		Query query = Query.query(Criteria.where(ActivitiesCollection.ID).in(ids));
		query.fields().include(ActivitiesCollection.CONTENT_HASH, ActivitiesCollection.ENERGY_KCAL);
		Map<String, Document> existing = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, ActivitiesCollection.COLLECTION)) {
			existing.put(document.getString(ActivitiesCollection.ID), document);
		}
		return existing;
	}

	private static boolean unchanged(Document stored, String fingerprint, Double energyKcal) {
		boolean energyKnown = energyKcal == null
				|| Objects.equals(stored.get(ActivitiesCollection.ENERGY_KCAL), energyKcal);
		return fingerprint.equals(stored.getString(ActivitiesCollection.CONTENT_HASH)) && energyKnown;
	}

	private static Update update(Activity activity, Document content, String fingerprint, Instant now) {
		Update update = new Update();
		content.forEach(update::set);
		update.set(ActivitiesCollection.SOURCE, ActivityDocuments.source(activity.source()))
			.set(ActivitiesCollection.CONTENT_HASH, fingerprint)
			.set(ActivitiesCollection.UPDATED_AT, ActivityDocuments.date(now))
			.setOnInsert(ActivitiesCollection.DELETED, false)
			.setOnInsert(ActivitiesCollection.DELETED_AT, null);
		if (activity.energyKcal() != null) {
			update.set(ActivitiesCollection.ENERGY_KCAL, activity.energyKcal());
		}
		return update;
	}

	/**
	 * What a bulk upsert did.
	 *
	 * @param written activities inserted or changed
	 * @param inserted provider ids of the activities that were new
	 */
	public record UpsertResult(int written, List<String> inserted) {

	}

}
