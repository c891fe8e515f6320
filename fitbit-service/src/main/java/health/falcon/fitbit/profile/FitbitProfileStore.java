package health.falcon.fitbit.profile;

import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores {@code fitbit_profiles}: one document per user ({@code _id} = user id) with the
 * Google Health identity and time zone. The export import reads the zone from here as its
 * default; notifications find their user by {@code healthUserId}.
 */
@Component
public class FitbitProfileStore {

	static final String COLLECTION = "fitbit_profiles";

	private final MongoTemplate mongo;

	public FitbitProfileStore(MongoTemplate mongo) {
		this.mongo = mongo;
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("healthUserId", Sort.Direction.ASC).named("health_user"));
	}

	/**
	 * The stored profile of a user.
	 * @param userId the Falcon user
	 * @return the profile, empty before the first sync read it
	 */
	public Optional<FitbitProfile> find(String userId) {
		Document document = this.mongo.findById(userId, Document.class, COLLECTION);
		return Optional.ofNullable(document).map(FitbitProfileStore::profile);
	}

	/**
	 * The Falcon user who connected a Google Health account.
	 * @param healthUserId the Google Health user id
	 * @return the user id, empty for accounts nobody connected
	 */
	public Optional<String> userIdForHealthUser(String healthUserId) {
		Document document = this.mongo.findOne(Query.query(Criteria.where("healthUserId").is(healthUserId)),
				Document.class, COLLECTION);
		return Optional.ofNullable(document).map((found) -> found.getString("_id"));
	}

	/**
	 * Insert or replace a user's profile.
	 */
	public void save(FitbitProfile profile) {
		Update update = new Update().set("userId", profile.userId())
			.set("healthUserId", profile.healthUserId())
			.set("legacyUserId", profile.legacyUserId())
			.set("timeZone", profile.timeZone())
			.set("fetchedAt", Date.from(profile.fetchedAt()));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(profile.userId())), update, COLLECTION);
	}

	/**
	 * Delete a user's profile.
	 * @param userId the Falcon user
	 * @return how many documents were deleted (0 or 1)
	 */
	public long purge(String userId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(userId)), COLLECTION).getDeletedCount();
	}

	private static FitbitProfile profile(Document document) {
		return new FitbitProfile(document.getString("_id"), document.getString("healthUserId"),
				document.getString("legacyUserId"), document.getString("timeZone"),
				document.getDate("fetchedAt").toInstant());
	}

}
