package health.falcon.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The ingest kit's configuration under {@code falcon.ingest}. Secrets (encryption keys,
 * state secret, client secrets) arrive as environment variables or mounted secrets and
 * are validated at startup, so a service with a missing key fails fast instead of at the
 * first connect. So is the public base URL, which has no default outside the devstack.
 *
 * @param publicBaseUrl the gateway's public URL (required, no default); the OAuth
 * callback is {@code {public-base-url}/api/connections/{provider}/callback} and the
 * browser returns to {@code {public-base-url}/connections}
 * @param encryption token encryption keys
 * @param state signing of the OAuth {@code state} parameter
 * @param lease the per-connection sync lease
 * @param retry retries of transient provider faults
 * @param rateLimit waiting for the provider's rate budget
 * @param rawArchive the raw payload archive
 * @param http timeouts of calls to providers
 * @param sync the sync executor
 * @param providers per-provider configuration by provider id
 */
@ConfigurationProperties("falcon.ingest")
@Validated
public record IngestProperties(@NotBlank(
		message = "is required: set falcon.ingest.public-base-url (FALCON_INGEST_PUBLIC_BASE_URL)") String publicBaseUrl,
		@DefaultValue @Valid Encryption encryption, @DefaultValue @Valid State state, @DefaultValue @Valid Lease lease,
		@DefaultValue @Valid Retry retry, @DefaultValue @Valid RateLimit rateLimit,
		@DefaultValue @Valid RawArchive rawArchive, @DefaultValue @Valid Http http, @DefaultValue @Valid Sync sync,
		@DefaultValue Map<String, Provider> providers) {

	/**
	 * AES-256-GCM keys for tokens at rest.
	 *
	 * @param activeKeyId the id of the key that encrypts every newly written token
	 * @param keys every key still needed to decrypt, as {@code id:base64-256-bit-key}
	 */
	public record Encryption(@NotBlank String activeKeyId, @NotEmpty List<String> keys) {

		@Override
		public String toString() {
			return "Encryption[activeKeyId=" + this.activeKeyId + ", keys=<" + this.keys.size() + " hidden>]";
		}

	}

	/**
	 * The signed OAuth {@code state}.
	 *
	 * @param secret the HMAC-SHA256 key (at least 32 characters)
	 * @param ttl how long a started connect flow stays valid
	 */
	public record State(@NotBlank @Size(min = 32) String secret, @DefaultValue("10m") Duration ttl) {

		@Override
		public String toString() {
			return "State[secret=<hidden>, ttl=" + this.ttl + "]";
		}

	}

	/**
	 * The per-connection lease that makes a sync single-flight across replicas.
	 *
	 * @param ttl how long a lease holds without renewal (a crashed replica's lease
	 * expires after it)
	 * @param maxWait how long targeted runs (webhooks, manual syncs) wait for a running
	 * sync; bound from {@code falcon.ingest.lease.wait}
	 */
	public record Lease(@DefaultValue("10m") Duration ttl, @Name("wait") @DefaultValue("30s") Duration maxWait) {

	}

	/**
	 * Bounded exponential backoff for transient faults of idempotent provider calls.
	 *
	 * @param maxAttempts attempts in total, the first included
	 * @param initialDelay the delay before the second attempt
	 * @param multiplier the growth of the delay per attempt
	 * @param maxDelay the longest delay
	 * @param jitter the random spread added to each delay
	 */
	public record Retry(@DefaultValue("4") @Min(1) int maxAttempts, @DefaultValue("500ms") Duration initialDelay,
			@DefaultValue("2") @DecimalMin("1.0") double multiplier, @DefaultValue("10s") Duration maxDelay,
			@DefaultValue("100ms") Duration jitter) {

	}

	/**
	 * Waiting for the provider's rate budget.
	 *
	 * @param maxWait the longest wait for a window to reset; longer waits defer the run
	 * @param margin requests kept in reserve in every window
	 */
	public record RateLimit(@DefaultValue("16m") Duration maxWait, @DefaultValue("2") @Min(0) long margin) {

	}

	/**
	 * The raw payload archive.
	 *
	 * @param maxBytes the largest compressed payload kept; larger payloads are truncated
	 */
	public record RawArchive(@DefaultValue("1MB") DataSize maxBytes) {

	}

	/**
	 * Timeouts of calls to providers (API and token endpoint).
	 *
	 * @param connectTimeout how long opening a connection to a provider may take
	 * @param readTimeout the read timeout; a slower response is a transient fault
	 */
	public record Http(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {

	}

	/**
	 * The bounded executor that runs queued syncs.
	 *
	 * @param threads syncs running at once in this replica
	 * @param queueCapacity syncs waiting; more are dropped (the next schedule catches up)
	 */
	public record Sync(@DefaultValue("4") @Min(1) int threads, @DefaultValue("200") @Min(0) int queueCapacity) {

	}

	/**
	 * One provider.
	 *
	 * @param authorizationUri the provider's authorization endpoint
	 * @param tokenUri the provider's token endpoint
	 * @param apiBaseUrl the base URL of {@code SyncContext.api()}
	 * @param clientId the OAuth client id
	 * @param clientSecret the OAuth client secret
	 * @param scopes scopes requested at connect
	 * @param requiredScopes scopes the user must grant, else the connect is refused
	 * @param schedule the Quartz cron expression of scheduled syncs
	 * @param backfillDepth how far back the backfill after connecting reaches
	 * @param enabled whether scheduled syncs run
	 */
	public record Provider(@Nullable String authorizationUri, @Nullable String tokenUri, @Nullable String apiBaseUrl,
			@Nullable String clientId, @Nullable String clientSecret, @DefaultValue List<String> scopes,
			@DefaultValue List<String> requiredScopes, @DefaultValue("0 */15 * * * ?") String schedule,
			@DefaultValue("365d") Duration backfillDepth, @DefaultValue("true") boolean enabled) {

		@Override
		public String toString() {
			return "Provider[authorizationUri=" + this.authorizationUri + ", tokenUri=" + this.tokenUri
					+ ", apiBaseUrl=" + this.apiBaseUrl + ", clientId=" + this.clientId + ", scopes=" + this.scopes
					+ ", schedule=" + this.schedule + ", enabled=" + this.enabled + "]";
		}

	}

}
