package health.falcon.backend.me;

import java.time.Clock;
import java.time.ZoneId;

import health.falcon.model.UnitSystem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Reads and stores a user's settings. Every method takes the user id from the caller's
 * token; there is no way to address another user's settings.
 */
@Service
class UserSettingsService {

	private static final Logger logger = LoggerFactory.getLogger(UserSettingsService.class);

	private final UserSettingsRepository repository;

	private final Clock clock;

	UserSettingsService(UserSettingsRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	Preferences preferencesOf(String userId) {
		return this.repository.findById(userId).map(UserSettingsService::toPreferences).orElse(Preferences.DEFAULTS);
	}

	/**
	 * Store the user's settings.
	 * @param heartRate the heart-rate settings, replacing the stored ones; {@code null}
	 * keeps the stored ones (a request that does not name them)
	 * @return the stored settings
	 */
	Preferences update(String userId, ZoneId timeZone, UnitSystem units, @Nullable HeartRate heartRate) {
		HeartRate kept = (heartRate != null) ? heartRate
				: this.repository.findById(userId).map(UserSettings::getHeartRate).orElse(null);
		UserSettings saved = this.repository
			.save(new UserSettings(userId, timeZone.getId(), units.value(), kept, this.clock.instant()));
		logger.debug("Stored settings for a user");
		return toPreferences(saved);
	}

	private static Preferences toPreferences(UserSettings settings) {
		ZoneId zone = (settings.getTimeZone() != null) ? ZoneId.of(settings.getTimeZone()) : null;
		HeartRate heartRate = settings.getHeartRate();
		return new Preferences(zone, UnitSystem.fromValue(settings.getUnits()),
				(heartRate != null) ? heartRate : HeartRate.NONE);
	}

}
