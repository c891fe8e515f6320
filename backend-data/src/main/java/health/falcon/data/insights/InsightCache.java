package health.falcon.data.insights;

import java.util.Date;
import java.util.Optional;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@value #COLLECTION} collection: per user one document, {@code _id} the user id,
 * holding the JSON of the user's last computed insights and the data version it was
 * computed from. Shared by every replica and both colours, and kept across restarts; the
 * only collection backend-data writes.
 */
@Component
class InsightCache {

	static final String COLLECTION = "insight_cache";

	private static final String VERSION = "version";

	private static final String BODY = "body";

	private final MongoOperations mongo;

	InsightCache(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Optional<String> find(String userId, String version) {
		Query query = Query.query(where("_id").is(userId).and(VERSION).is(version));
		query.fields().include(BODY);
		Document cached = this.mongo.findOne(query, Document.class, COLLECTION);
		return Optional.ofNullable(cached).map((document) -> document.getString(BODY));
	}

	void store(String userId, String version, String body, Date computedAt) {
		this.mongo.getCollection(COLLECTION)
			.replaceOne(new Document("_id", userId),
					new Document("_id", userId).append(VERSION, version)
						.append("computedAt", computedAt)
						.append(BODY, body),
					new ReplaceOptions().upsert(true));
	}

	long forget(String userId) {
		return this.mongo.remove(Query.query(where("_id").is(userId)), COLLECTION).getDeletedCount();
	}

}
