package health.falcon.fitness.activity;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;

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
 * Remembers which activities still lack the fields only a provider's detail endpoint has
 * (Strava's calories), so that runs fetch them a bounded number at a time
 * ({@code activity_detail_backlog}, {@code _id = <userId>:<provider>:<sourceId>}).
 */
@Component
public class DetailBacklog {

	static final String COLLECTION = "activity_detail_backlog";

	private final MongoTemplate mongo;

	private final Clock clock;

	public DetailBacklog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("provider", Sort.Direction.ASC)
				.on("addedAt", Sort.Direction.DESC)
				.named("user_provider_added"));
	}

	/**
	 * Add activities that need their details; adding one twice changes nothing.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param sourceIds the provider's activity ids
	 */
	public void addAll(String userId, String provider, Collection<String> sourceIds) {
		if (sourceIds.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
		Date now = Date.from(this.clock.instant());
		for (String sourceId : sourceIds) {
			Update update = new Update().setOnInsert("userId", userId)
				.setOnInsert("provider", provider)
				.setOnInsert("sourceId", sourceId)
				.setOnInsert("addedAt", now);
			bulk.upsert(Query.query(Criteria.where("_id").is(Activity.id(userId, provider, sourceId))), update);
		}
		bulk.execute();
	}

	/**
	 * The activities still waiting, most recently added first.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param limit at most this many
	 * @return the provider's activity ids
	 */
	public List<String> next(String userId, String provider, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("userId").is(userId).and("provider").is(provider))
			.with(Sort.by(Sort.Direction.DESC, "addedAt").and(Sort.by("sourceId")))
			.limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION)
			.stream()
			.map((document) -> document.getString("sourceId"))
			.toList();
	}

	/**
	 * Forget one activity (its details arrived, or it is gone).
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param sourceId the provider's activity id
	 */
	public void remove(String userId, String provider, String sourceId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(Activity.id(userId, provider, sourceId))), COLLECTION);
	}

	/**
	 * Forget every activity of a user from a provider.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @return how many entries were removed
	 */
	public long removeAll(String userId, String provider) {
		Query query = Query.query(Criteria.where("userId").is(userId).and("provider").is(provider));
		return this.mongo.remove(query, COLLECTION).getDeletedCount();
	}

}
