package health.falcon.fitbit.googlehealth;

import java.time.ZoneId;
import java.util.Map;

import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.ingest.spi.OAuthConventions;
import health.falcon.ingest.spi.OAuthConventions.ClientAuthentication;
import health.falcon.ingest.spi.OAuthConventions.GrantedScopesSource;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.TokenGrant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The {@code fitbit} provider through the Google Health API: Google OAuth
 * (space-separated scopes, PKCE, granted scopes in the token response, client secret as
 * form fields, {@code access_type=offline} and {@code prompt=consent} so that a refresh
 * token is issued on every connect), no account id in the token response (the identity is
 * read at the first sync into {@code fitbit_profiles}), header-less quotas, and four
 * streams: heart rate, resting heart rate, sleep and daily activity, each read from its
 * cursor first; then the history backfill, newest first ({@link HistoryBackfill}). A
 * stream refused with 403 (a scope the user did not grant) is skipped and the others go
 * on. A disconnect revokes the grant at Google.
 */
@Component
class GoogleHealthConnector implements ProviderConnector {

	private static final Logger logger = LoggerFactory.getLogger(GoogleHealthConnector.class);

	private static final OAuthConventions CONVENTIONS = new OAuthConventions(" ", true,
			GrantedScopesSource.TOKEN_RESPONSE, ClientAuthentication.CLIENT_SECRET_POST,
			Map.of("access_type", "offline", "prompt", "consent"));

	private final RateLimitPolicy rateLimitPolicy = new GoogleHealthRateLimitPolicy();

	private final GoogleHealthClients clients;

	private final ProfileSync profiles;

	private final Streams streams;

	private final Stores stores;

	private final TokenRevocation revocation;

	private final HistoryBackfill backfill;

	GoogleHealthConnector(GoogleHealthClients clients, ProfileSync profiles, Streams streams, Stores stores,
			TokenRevocation revocation, HistoryBackfill backfill) {
		this.clients = clients;
		this.profiles = profiles;
		this.streams = streams;
		this.stores = stores;
		this.revocation = revocation;
		this.backfill = backfill;
	}

	@Override
	public String providerId() {
		return Sources.PROVIDER;
	}

	@Override
	public OAuthConventions oauthConventions() {
		return CONVENTIONS;
	}

	/**
	 * Google's token response names no user, so there is no account id at connect time;
	 * the Google Health user id is read at the first sync and kept in
	 * {@code fitbit_profiles}.
	 */
	@Override
	public @Nullable String accountId(TokenGrant grant) {
		return null;
	}

	@Override
	public RateLimitPolicy rateLimitPolicy() {
		return this.rateLimitPolicy;
	}

	@Override
	public void sync(SyncContext context) {
		GoogleHealthApi api = this.clients.create(context.api());
		ZoneId zone = this.profiles.ensure(context, api).zone();
		stream(HeartRateSync.STREAM, () -> this.streams.heartRate().run(context, api));
		stream(RestingHeartRateSync.STREAM, () -> this.streams.resting().run(context, api, zone));
		stream(SleepSync.STREAM, () -> this.streams.sleep().run(context, api, zone));
		stream(DailyActivitySync.STREAM, () -> this.streams.daily().run(context, api, zone));
		// new data first, so a long backfill never holds it back; then the history,
		// newest
		// first, until the run's window budget is spent
		this.backfill.run(context, api, zone);
	}

	/**
	 * Revokes the grant at Google (best effort, see {@link TokenRevocation}); the kit
	 * calls it on {@code DELETE /api/connections/fitbit} while the token still works.
	 */
	@Override
	public void revoke(SyncContext context) {
		this.revocation.revoke(context);
	}

	@Override
	public long purge(String userId) {
		long deleted = this.stores.sleep().purge(userId) + this.stores.daily().purge(userId)
				+ this.stores.heartRate().purge(userId);
		this.stores.profiles().purge(userId);
		return deleted;
	}

	private static void stream(String name, Runnable stream) {
		try {
			stream.run();
		}
		catch (HttpClientErrorException.Forbidden ex) {
			logger.warn("Skipped the {} stream: Google Health refused it (scope not granted?)", name);
		}
	}

	/**
	 * The streams one sync runs.
	 *
	 * @param heartRate intraday heart rate
	 * @param resting daily resting heart rate
	 * @param sleep sleep sessions
	 * @param daily daily activity
	 */
	record Streams(HeartRateSync heartRate, RestingHeartRateSync resting, SleepSync sleep, DailyActivitySync daily) {

	}

	/**
	 * Everything {@link #purge} deletes.
	 *
	 * @param sleep sleep sessions
	 * @param daily daily activity
	 * @param heartRate heart-rate days
	 * @param profiles the identity and time zone
	 */
	record Stores(SleepStore sleep, DailyActivityStore daily, HeartRateStore heartRate, FitbitProfileStore profiles) {

	}

}
