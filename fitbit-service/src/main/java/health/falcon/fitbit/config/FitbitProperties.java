package health.falcon.fitbit.config;

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
 * fitbit-service's own settings ({@code falcon.fitbit.*}). The OAuth client, API base
 * URL, schedule and backfill depth are the ingest kit's
 * ({@code falcon.ingest.providers.fitbit.*}).
 *
 * @param googleHealth how the Google Health API is read
 * @param notifications Google Health notification (webhook) settings
 */
@Validated
@ConfigurationProperties("falcon.fitbit")
public record FitbitProperties(@DefaultValue @Valid GoogleHealth googleHealth,
		@DefaultValue @Valid Notifications notifications) {

	/**
	 * How the Google Health API is read.
	 *
	 * @param pageSize {@code pageSize} of {@code dataPoints.list} for heart rate, resting
	 * heart rate and interval types (Google's maximum is 10000)
	 * @param sleepPageSize {@code pageSize} for sleep sessions (Google's maximum is 25)
	 * @param heartRateWindow the physical time span one heart-rate request covers; the
	 * cursor advances window by window
	 * @param heartRateOverlap how far before the heart-rate cursor an incremental run
	 * starts again, for readings a tracker synced late
	 * @param dailyChunkDays local days per request of the daily streams (at most 14, the
	 * {@code dailyRollUp} range limit of {@code total-calories})
	 * @param settleDays how many local days, ending today, every run reads again because
	 * Google revises them (a late tracker sync, sleep reprocessed in the morning)
	 * @param maxWindowsPerRun safety stop for one run's heart-rate windows and daily
	 * chunks
	 * @param profileRefresh how old the stored identity and time zone may get before a
	 * run reads them again
	 * @param revokeUri Google's OAuth token revocation endpoint, on the OAuth host rather
	 * than the API base URL; a disconnect posts the access token to it (required;
	 * {@code application.yaml} sets the real
	 * {@code https://oauth2.googleapis.com/revoke}, the devstack the sandbox's)
	 */
	public record GoogleHealth(@DefaultValue("10000") @Min(1) @Max(10000) int pageSize,
			@DefaultValue("25") @Min(1) @Max(25) int sleepPageSize, @DefaultValue("1d") Duration heartRateWindow,
			@DefaultValue("6h") Duration heartRateOverlap, @DefaultValue("7") @Min(1) @Max(14) int dailyChunkDays,
			@DefaultValue("2") @Min(1) @Max(14) int settleDays, @DefaultValue("400") @Min(1) int maxWindowsPerRun,
			@DefaultValue("24h") Duration profileRefresh, @NotNull URI revokeUri) {

	}

	/**
	 * Google Health notification settings.
	 *
	 * @param secret the {@code endpointAuthorization.secret} registered with the
	 * subscriber, exactly as registered (for example {@code Bearer s3cr3t}); verification
	 * requests and notifications carrying it in {@code Authorization} are accepted; when
	 * blank, every verification is refused
	 * @param publicKey Google Health's ECDSA P-256 public key (base64 X.509
	 * SubjectPublicKeyInfo, PEM armour allowed) that checks
	 * {@code X-HEALTHAPI-SIGNATURE}; when blank, only the secret is accepted
	 */
	public record Notifications(@Nullable String secret, @Nullable String publicKey) {

	}

}
