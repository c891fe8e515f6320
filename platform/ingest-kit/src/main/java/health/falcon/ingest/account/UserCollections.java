package health.falcon.ingest.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The plain {@link AccountData} of a service: every document of the user in each of the
 * service's own collections, found by the field that holds the user id ({@code userId},
 * or {@code _id} for one document per user).
 */
public final class UserCollections implements AccountData {

	private final MongoOperations mongo;

	private final Map<String, String> userFields;

	/**
	 * Erase from these collections.
	 * @param mongo the database
	 * @param userFields per collection, the field holding the user id
	 */
	public UserCollections(MongoOperations mongo, Map<String, String> userFields) {
		this.mongo = mongo;
		this.userFields = new TreeMap<>(userFields);
	}

	@Override
	public Map<String, Long> erase(String userId) {
		Map<String, Long> removed = new LinkedHashMap<>();
		this.userFields.forEach((collection, field) -> removed.put(collection,
				this.mongo.remove(query(where(field).is(userId)), collection).getDeletedCount()));
		return removed;
	}

}
