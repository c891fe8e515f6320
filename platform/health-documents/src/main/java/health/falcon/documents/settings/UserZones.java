package health.falcon.documents.settings;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The user's profile zone and unit system, read (never written) from backend-server's
 * {@code user_settings} collection ({@code _id} = user id, fields {@code timeZone} and
 * {@code units}); UTC when there is no zone or it is not a valid zone id, metric unless
 * the user chose {@code imperial}. The ingest services read wall times that state no zone
 * (exports, diaries) in it, and backend-data resolves local dates and units with it.
 */
public class UserZones {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final MongoOperations mongo;

	/**
	 * Create the reader.
	 * @param mongo the database holding {@code user_settings}
	 */
	public UserZones(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The zone the user chose in their profile settings, which zone-less wall times are
	 * read in.
	 * @param userId the user's id (the token's {@code sub})
	 * @return the profile zone, UTC when there is none or it is invalid
	 */
	public ZoneId zoneOf(String userId) {
		return zone(settings(userId));
	}

	/**
	 * The zone and the unit system of the user's profile settings, in one read.
	 * @param userId the user's id (the token's {@code sub})
	 * @return the preferences: the zone as {@link #zoneOf(String)}, imperial only when
	 * the stored {@code units} is {@code imperial}
	 */
	public UserPreferences preferencesOf(String userId) {
		Document settings = settings(userId);
		Object units = (settings != null) ? settings.get(UserSettingsCollection.UNITS) : null;
		return new UserPreferences(zone(settings), UserSettingsCollection.IMPERIAL.equals(units));
	}

	private @Nullable Document settings(String userId) {
		return this.mongo.getCollection(UserSettingsCollection.COLLECTION).find(Filters.eq("_id", userId)).first();
	}

	private static ZoneId zone(@Nullable Document settings) {
		Object zone = (settings != null) ? settings.get(UserSettingsCollection.TIME_ZONE) : null;
		if (!(zone instanceof String id) || id.isBlank()) {
			return UTC;
		}
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			return UTC;
		}
	}

}
