package health.falcon.ingest.oauth;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Stores started connect flows and consumes each one at most once with an atomic
 * find-and-delete, so a replayed {@code state} finds nothing.
 */
class OAuthStateStore {

	private final MongoOperations mongo;

	OAuthStateStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	void save(OAuthState state) {
		this.mongo.insert(state);
	}

	Optional<OAuthState> consume(String nonce, String userId, String provider) {
		return Optional.ofNullable(this.mongo.findAndRemove(
				query(where("_id").is(nonce).and("userId").is(userId).and("provider").is(provider)), OAuthState.class));
	}

	void delete(String nonce) {
		this.mongo.remove(query(where("_id").is(nonce)), OAuthState.class);
	}

	void deleteExpired(Instant now) {
		this.mongo.remove(query(where("expiresAt").lt(now)), OAuthState.class);
	}

}
