package health.falcon.data.stored;

import health.falcon.documents.settings.UserSettingsCollection;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code user_settings} as backend-server does: the document id is the user id.
 */
public final class UserSettings {

	private UserSettings() {
	}

	/**
	 * Store a user's zone and unit system.
	 * @param units {@code metric} or {@code imperial}
	 */
	public static void write(MongoTemplate template, String userId, String timeZone, String units) {
		template.save(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, timeZone)
			.append(UserSettingsCollection.UNITS, units), UserSettingsCollection.COLLECTION);
	}

}
