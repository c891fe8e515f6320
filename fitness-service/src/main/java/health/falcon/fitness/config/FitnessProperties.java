package health.falcon.fitness.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
	 * @param reconcile the periodic reconciliation of deletions Strava did not announce
	 */
	public record Strava(@NotNull URI deauthorizeUri, @DefaultValue("200") @Min(1) @Max(200) int pageSize,
			@DefaultValue("100") @Min(1) int maxPagesPerRun, @DefaultValue("48h") Duration overlap,
			@DefaultValue @Valid Webhook webhook, @DefaultValue @Valid Reconcile reconcile) {

	}

	/**
	 * Push subscription settings.
	 *
	 * @param verifyToken the {@code hub.verify_token} given when creating the
	 * subscription; when blank every handshake is refused
	 * @param subscriptionId the subscription's id; when set, events for any other
	 * subscription are refused (a filter only: Strava signs nothing, so an event is never
	 * trusted, only followed by a re-read with the user's own token)
	 * @param queueCapacity how many looks (one per owner, object type and object id) may
	 * wait at once; events beyond it are answered 200, dropped and counted
	 * @param droppedWarningInterval at most one warning about dropped events per interval
	 */
	public record Webhook(@Nullable String verifyToken, @Nullable Long subscriptionId,
			@DefaultValue("1000") @Min(1) @Max(100000) int queueCapacity,
			@DefaultValue("1m") Duration droppedWarningInterval) {

	}

	/**
	 * The reconciliation that soft-deletes stored activities Strava no longer lists
	 * (deletions whose webhook was missed).
	 *
	 * @param schedule Quartz cron of the periodic round over every usable connection,
	 * evaluated in UTC (default Sundays at 04:00)
	 * @param enabled whether the periodic round runs (the on-demand endpoint always
	 * works)
	 */
	public record Reconcile(@DefaultValue("0 0 4 ? * SUN") @NotBlank String schedule,
			@DefaultValue("true") boolean enabled) {

	}

}
