package health.falcon.diet.diary;

import java.time.Clock;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code myfitnesspal_profiles} collection: per user ({@code _id} = user id) the
 * MyFitnessPal user id, username, unit preferences, meal names and tracked nutrients, as
 * of the last connect or sync. Never the cookie or token.
 */
@Repository
class ProfileStore {

	static final String COLLECTION = "myfitnesspal_profiles";

	private final MongoCollection<Document> profiles;

	private final Clock clock;

	ProfileStore(MongoTemplate mongo, Clock clock) {
		this.profiles = mongo.getCollection(COLLECTION);
		this.clock = clock;
	}

	void save(String userId, MyFitnessPalProfile profile) {
		Document document = new Document("_id", userId).append("userId", userId)
			.append("mfpUserId", profile.id())
			.append("username", profile.username())
			.append("units", new Document(profile.units()))
			.append("mealNames", profile.mealNames())
			.append("trackedNutrients", profile.trackedNutrients())
			.append("updatedAt", Date.from(this.clock.instant()));
		this.profiles.replaceOne(Filters.eq("_id", userId), document, new ReplaceOptions().upsert(true));
	}

	long delete(String userId) {
		return this.profiles.deleteOne(Filters.eq("_id", userId)).getDeletedCount();
	}

}
