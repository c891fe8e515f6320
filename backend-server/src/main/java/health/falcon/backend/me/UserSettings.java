package health.falcon.backend.me;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user's stored settings in the {@code user_settings} collection; the document id is
 * the user id (the token's subject), which makes every write an upsert scoped to that
 * user.
 */
@Document("user_settings")
class UserSettings {

	@Id
	private final String userId;

	private final String timeZone;

	private final String units;

	private final Instant updatedAt;

	UserSettings(String userId, String timeZone, String units, Instant updatedAt) {
		this.userId = userId;
		this.timeZone = timeZone;
		this.units = units;
		this.updatedAt = updatedAt;
	}

	String getUserId() {
		return this.userId;
	}

	String getTimeZone() {
		return this.timeZone;
	}

	String getUnits() {
		return this.units;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
