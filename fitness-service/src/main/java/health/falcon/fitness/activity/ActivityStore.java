package health.falcon.fitness.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
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

	static final String COLLECTION = "activities";

	private final MongoTemplate mongo;

	private final Clock clock;

	public ActivityStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("source.provider", Sort.Direction.ASC)
				.on("source.sourceId", Sort.Direction.ASC)
				.unique()
				.named("natural_key"));
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
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
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
			bulk.upsert(Query.query(Criteria.where("_id").is(activity.id())),
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
	 * @param provider the provider's id, for example {@code strava}
	 * @param sourceId the provider's activity id
	 * @param deletedAt when the provider reported the deletion
	 * @return {@code true} when the activity was stored and not yet deleted
	 */
	public boolean softDelete(String userId, String provider, String sourceId, Instant deletedAt) {
		Query query = Query
			.query(Criteria.where("_id").is(Activity.id(userId, provider, sourceId)).and("deleted").ne(true));
		Update update = new Update().set("deleted", true)
			.set("deletedAt", ActivityDocuments.date(deletedAt))
			.set("updatedAt", ActivityDocuments.date(this.clock.instant()));
		return this.mongo.updateFirst(query, update, COLLECTION).getModifiedCount() > 0;
	}

	/**
	 * Whether an activity is stored and not deleted.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param sourceId the provider's activity id
	 * @return {@code true} for a live stored activity
	 */
	public boolean isLive(String userId, String provider, String sourceId) {
		Query query = Query
			.query(Criteria.where("_id").is(Activity.id(userId, provider, sourceId)).and("deleted").ne(true));
		return this.mongo.exists(query, COLLECTION);
	}

	/**
	 * The provider ids of a user's live activities that started strictly between two
	 * instants.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param after exclusive lower bound of the start
	 * @param before exclusive upper bound of the start
	 * @return the provider's activity ids
	 */
	public List<String> liveSourceIdsBetween(String userId, String provider, Instant after, Instant before) {
		Query query = Query.query(Criteria.where("userId")
			.is(userId)
			.and("source.provider")
			.is(provider)
			.and("deleted")
			.ne(true)
			.and("time.instant")
			.gt(ActivityDocuments.date(after))
			.lt(ActivityDocuments.date(before)));
		query.fields().include("source.sourceId");
		return this.mongo.find(query, Document.class, COLLECTION)
			.stream()
			.map((document) -> document.get("source", Document.class).getString("sourceId"))
			.toList();
	}

	/**
	 * Delete every activity of a user from a provider.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @return how many documents were deleted
	 */
	public long deleteAll(String userId, String provider) {
		Query query = Query.query(Criteria.where("userId").is(userId).and("source.provider").is(provider));
		return this.mongo.remove(query, COLLECTION).getDeletedCount();
	}

	private Map<String, Document> existing(List<Activity> activities) {
		List<String> ids = activities.stream().map(Activity::id).toList();
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("contentHash", "energyKcal");
		Map<String, Document> existing = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, COLLECTION)) {
			existing.put(document.getString("_id"), document);
		}
		return existing;
	}

	private static boolean unchanged(Document stored, String fingerprint, Double energyKcal) {
		boolean energyKnown = energyKcal == null || Objects.equals(stored.get("energyKcal"), energyKcal);
		return fingerprint.equals(stored.getString("contentHash")) && energyKnown;
	}

	private static Update update(Activity activity, Document content, String fingerprint, Instant now) {
		Update update = new Update();
		content.forEach(update::set);
		update.set("source", ActivityDocuments.source(activity.source()))
			.set("contentHash", fingerprint)
			.set("updatedAt", ActivityDocuments.date(now))
			.setOnInsert("deleted", false)
			.setOnInsert("deletedAt", null);
		if (activity.energyKcal() != null) {
			update.set("energyKcal", activity.energyKcal());
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
