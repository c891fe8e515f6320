package health.falcon.backend.me;

import java.util.Map;

import health.falcon.backend.erasure.PersonalData;
import health.falcon.documents.settings.UserSettingsCollection;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The user's settings document in {@code user_settings}, erased with the account.
 */
@Component
class UserSettingsPersonalData implements PersonalData {

	private final MongoOperations mongo;

	UserSettingsPersonalData(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public Map<String, Long> erase(String userId) {
		long removed = this.mongo.remove(query(where("_id").is(userId)), UserSettingsCollection.COLLECTION)
			.getDeletedCount();
		return Map.of(UserSettingsCollection.COLLECTION, removed);
	}

}
