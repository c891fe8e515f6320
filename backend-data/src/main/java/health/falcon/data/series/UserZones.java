package health.falcon.data.series;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The user's profile zone from backend-server's {@code user_settings} ({@code timeZone},
 * UTC when unset or invalid, as the ingest kit's {@code UserZones} reads it).
 */
@Repository
public class UserZones {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final MongoTemplate template;

	UserZones(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * The user's profile zone.
	 * @param userId the user
	 * @return the zone, UTC when none is set or it is not a valid zone id
	 */
	public ZoneId zoneOf(String userId) {
		Document settings = this.template.getCollection("user_settings").find(new Document("_id", userId)).first();
		Object zone = (settings != null) ? settings.get("timeZone") : null;
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
