package health.falcon.backend.me;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user's stored settings in the {@code user_settings} collection; the document id is
 * the user id (the token's subject), which makes every write an upsert scoped to that
 * user. {@code heartRate} is absent until the user sets a heart-rate setting.
 */
@Document("user_settings")
class UserSettings {

	@Id
	private final String userId;

	private final String timeZone;

	private final String units;

	private final @Nullable HeartRate heartRate;

	private final Instant updatedAt;

	@PersistenceCreator
	UserSettings(String userId, String timeZone, String units, @Nullable HeartRate heartRate, Instant updatedAt) {
		this.userId = userId;
		this.timeZone = timeZone;
		this.units = units;
		this.heartRate = heartRate;
		this.updatedAt = updatedAt;
	}

	UserSettings(String userId, String timeZone, String units, Instant updatedAt) {
		this(userId, timeZone, units, null, updatedAt);
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

	@Nullable HeartRate getHeartRate() {
		return this.heartRate;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
