package health.falcon.ingest.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;

/**
 * The kit's operations for code outside a scheduled sync, such as webhook handlers: find
 * the connection a provider event is about, run targeted work under the same guarantees
 * as a sync, queue a sync, and handle a grant the user revoked at the provider.
 */
public interface IngestOperations {

	/**
	 * The user who connected this provider account.
	 * @param provider the provider's id, for example {@code strava}
	 * @param accountId the provider's account id (Strava {@code owner_id})
	 * @return the user id, empty for accounts nobody connected (or who disconnected)
	 */
	Optional<String> userIdForAccount(String provider, String accountId);

	/**
	 * Run work for a connection the way a sync runs: with the lease (waiting a bounded
	 * time for a running sync to finish), a fresh token, the rate budget, retries and a
	 * {@code sync_runs} record. Does nothing for connections that are not usable
	 * ({@code NEEDS_RECONNECT}, {@code REVOKED}, {@code DISCONNECTED}).
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param trigger why
	 * @param work the work, given the run's context
	 * @return how the run ended
	 */
	RunOutcome run(String userId, String provider, SyncTrigger trigger, Consumer<SyncContext> work);

	/**
	 * Run work for every usable connection of a provider, each on the kit's bounded sync
	 * executor under the guarantees of {@link #run}, and wait for all of them: a round of
	 * targeted work such as a periodic reconciliation. Connections the full executor
	 * cannot take are {@code SKIPPED} until the next round.
	 * @param provider the provider's id, for example {@code strava}
	 * @param trigger why
	 * @param work the work, given each run's context
	 * @return one outcome per usable connection
	 */
	List<RunOutcome> runAll(String provider, SyncTrigger trigger, Consumer<SyncContext> work);

	/**
	 * Ask the provider whether the user's grant still stands, in a run like {@link #run}:
	 * the access token is refreshed now, due or not, and {@code probe} then makes a call
	 * through {@link SyncContext#api()} with the new token. Only the provider's refusal
	 * counts as proof that the grant is gone: a refused refresh (a 4xx other than 429
	 * from the token endpoint) or a 401 from the probe. Either marks the connection
	 * {@code NEEDS_RECONNECT}, as in any run; this method deletes and purges nothing
	 * (call {@link #revokedByProvider} for that).
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param trigger why
	 * @param probe one cheap API call that the granted scopes always allow
	 * @return what the provider confirmed
	 */
	GrantCheck checkGrant(String userId, String provider, SyncTrigger trigger, Consumer<SyncContext> probe);

	/**
	 * Queue a full sync of one connection; returns at once.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param trigger why
	 */
	void requestSync(String userId, String provider, SyncTrigger trigger);

	/**
	 * Connect a {@code USER_CREDENTIAL} provider with the secret the user supplied (a
	 * session cookie): the secret is stored encrypted like tokens (AES-GCM under the
	 * active key, bound to the connection), without expiry or refresh token, so it is
	 * never refreshed; the connection becomes {@code ACTIVE} (clearing any
	 * {@code NEEDS_RECONNECT} or {@code ERROR} reason) and a backfill sync is queued. The
	 * caller validates the secret at the provider first.
	 * @param userId the owner (from the signed-in user's token)
	 * @param provider the provider's id, for example {@code strava}
	 * @param credential the secret (never logged)
	 * @param accountId the provider's account id, or {@code null} when unknown
	 * @throws IllegalArgumentException when the provider does not connect with a user
	 * credential
	 * @throws health.falcon.ingest.provider.UnknownProviderException when this service
	 * does not connect the provider
	 */
	void connectWithCredential(String userId, String provider, String credential,
			@org.jspecify.annotations.Nullable String accountId);

	/**
	 * The user revoked our access at the provider (Strava deauthorization): the
	 * connection becomes {@code REVOKED}, its tokens are deleted and the provider's data
	 * is purged, as provider terms require. Call it only once the provider confirmed it
	 * ({@link #checkGrant}), never on an unauthenticated notification alone.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 */
	void revokedByProvider(String userId, String provider);

}
