package health.falcon.fitbit.googlehealth;

import java.time.Instant;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.profile.FitbitProfile;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.ingest.spi.SyncContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Reads the user's identity ({@code users/me/identity}) and time zone
 * ({@code users/me/settings}) into {@code fitbit_profiles}: at the first sync after
 * connecting (Google's token response names no user) and again when the stored copy is
 * older than {@code falcon.fitbit.google-health.profile-refresh}. Settings need the
 * optional {@code .settings.readonly} scope; without it the zone stays unknown (UTC is
 * assumed).
 */
@Component
class ProfileSync {

	private final FitbitProfileStore store;

	private final DataPointPages pages;

	private final FitbitProperties.GoogleHealth properties;

	ProfileSync(FitbitProfileStore store, DataPointPages pages, FitbitProperties properties) {
		this.store = store;
		this.pages = pages;
		this.properties = properties.googleHealth();
	}

	FitbitProfile ensure(SyncContext context, GoogleHealthApi api) {
		Instant now = context.clock().instant();
		FitbitProfile stored = this.store.find(context.userId()).orElse(null);
		if (stored != null && stored.fetchedAt().plus(this.properties.profileRefresh()).isAfter(now)) {
			return stored;
		}
		JsonNode identity = this.pages.read(api.identity());
		String healthUserId = HealthJson.text(identity, "healthUserId", "");
		if (healthUserId.isBlank()) {
			throw new IllegalStateException("Google Health's identity carries no healthUserId");
		}
		String legacy = HealthJson.text(identity, "legacyUserId", "");
		FitbitProfile profile = new FitbitProfile(context.userId(), healthUserId, legacy.isBlank() ? null : legacy,
				timeZone(api, stored), now);
		this.store.save(profile);
		return profile;
	}

	private @Nullable String timeZone(GoogleHealthApi api, @Nullable FitbitProfile stored) {
		try {
			String zone = HealthJson.text(this.pages.read(api.settings()), "timeZone", "");
			return zone.isBlank() ? null : zone;
		}
		catch (HttpClientErrorException.Forbidden ex) {
			return (stored != null) ? stored.timeZone() : null;
		}
	}

}
