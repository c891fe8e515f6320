package health.falcon.fitness.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * fitness-service's own settings ({@code falcon.fitness.*}). The OAuth client, API base
 * URL, schedule and backfill depth are the ingest kit's
 * ({@code falcon.ingest.providers.strava.*}).
 *
 * @param detailFetchesPerRun how many {@code GET /activities/{id}} calls (for calories)
 * one run may make at most; the rest wait for later runs
 * @param strava Strava specifics
 */
@Validated
@ConfigurationProperties("falcon.fitness")
public record FitnessProperties(@DefaultValue("50") @Min(0) @Max(1000) int detailFetchesPerRun,
		@DefaultValue @Valid Strava strava) {

	/**
	 * Strava specifics.
	 *
	 * @param deauthorizeUri Strava's deauthorization endpoint, on the OAuth host rather
	 * than under the API base URL
	 * @param pageSize activities per page of {@code GET /athlete/activities} (Strava's
	 * maximum is 200)
	 * @param maxPagesPerRun safety stop for one run's paging
	 * @param overlap how far before the cursor an incremental run starts again, so that
	 * activities uploaded late (a watch synced a day later) are still found; re-fetched
	 * activities that did not change are not written
	 * @param webhook push subscription settings
	 */
	public record Strava(@NotNull URI deauthorizeUri, @DefaultValue("200") @Min(1) @Max(200) int pageSize,
			@DefaultValue("100") @Min(1) int maxPagesPerRun, @DefaultValue("48h") Duration overlap,
			@DefaultValue @Valid Webhook webhook) {

	}

	/**
	 * Push subscription settings.
	 *
	 * @param verifyToken the {@code hub.verify_token} given when creating the
	 * subscription; when blank every handshake is refused
	 * @param subscriptionId the subscription's id; when set, events for any other
	 * subscription are refused (Strava signs nothing, so this is the only check besides
	 * the athlete lookup)
	 */
	public record Webhook(@Nullable String verifyToken, @Nullable Long subscriptionId) {

	}

}
