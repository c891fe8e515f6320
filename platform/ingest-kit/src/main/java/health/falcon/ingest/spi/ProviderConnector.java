package health.falcon.ingest.spi;

/**
 * One provider's connector, a Spring bean in the service that owns the provider. The kit
 * does everything around it: the connect flow, token storage and refresh, leases,
 * schedules, rate budget, retries, runs, quarantine and the
 * {@code /api/connections/{provider}} endpoints. The connector knows the provider's API
 * and how to map its records.
 */
public interface ProviderConnector {

	/**
	 * The provider id used in paths, configuration and documents: {@code strava},
	 * {@code fitbit}, {@code dropbox} or {@code myfitnesspal}.
	 * @return the provider id
	 */
	String providerId();

	/**
	 * How users connect this provider. {@link ConnectionMethod#USER_CREDENTIAL}
	 * connectors need no OAuth configuration and implement neither
	 * {@link #oauthConventions()} nor {@link #accountId(TokenGrant)}; the kit refuses the
	 * OAuth endpoints for them.
	 * @return the connection method, {@link ConnectionMethod#OAUTH2} by default
	 */
	default ConnectionMethod connectionMethod() {
		return ConnectionMethod.OAUTH2;
	}

	/**
	 * How this provider speaks OAuth 2 beyond what configuration says (endpoints, client
	 * credentials and scopes come from {@code falcon.ingest.providers.<id>.*}). Every
	 * {@link ConnectionMethod#OAUTH2} connector implements it (checked at startup).
	 * @return the provider's OAuth conventions
	 * @throws UnsupportedOperationException by default, for connectors without OAuth
	 */
	default OAuthConventions oauthConventions() {
		throw new UnsupportedOperationException(providerId() + " does not connect with OAuth 2");
	}

	/**
	 * The provider's own id for the connected account (Strava: the athlete id), taken
	 * from the code exchange's response; webhooks address connections by it.
	 * @param grant the tokens and extra response fields of the code exchange
	 * @return the account id, or {@code null} when the provider has none in the response
	 * (the default)
	 */
	@org.jspecify.annotations.Nullable
	default String accountId(TokenGrant grant) {
		return null;
	}

	/**
	 * Interprets the provider's rate-limit headers and 429 responses.
	 * @return the policy
	 */
	RateLimitPolicy rateLimitPolicy();

	/**
	 * Runs one sync for one user: fetch from the stream cursors on, write records
	 * (idempotent upserts), then {@link SyncContext#advance advance} each cursor. The kit
	 * holds the lease, has a fresh token and records the run. Throwing ends the run as
	 * failed; cursors already advanced stay.
	 * @param context the user, trigger, cursors and authorized HTTP access
	 */
	void sync(SyncContext context);

	/**
	 * Revokes the grant at the provider, best effort (called on disconnect while a token
	 * still works). The default does nothing, for providers without a revocation
	 * endpoint.
	 * @param context authorized HTTP access for the connection being removed
	 */
	default void revoke(SyncContext context) {
	}

	/**
	 * Deletes everything this service stored for the user from this provider (records,
	 * quarantined and archived payloads are purged by the kit).
	 * @param userId the owner
	 * @return how many records were deleted
	 */
	long purge(String userId);

}
