package health.falcon.fitness.strava;

import java.util.Map;

import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.OAuthConventions;
import health.falcon.ingest.spi.OAuthConventions.ClientAuthentication;
import health.falcon.ingest.spi.OAuthConventions.GrantedScopesSource;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.TokenGrant;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The Strava connector: comma-separated scopes, no PKCE, granted scopes reported on the
 * redirect back, client credentials as form fields, the athlete id as account id, the
 * usage-header rate limits, and the {@code activities} stream.
 */
@Component
class StravaConnector implements ProviderConnector {

	private static final OAuthConventions CONVENTIONS = new OAuthConventions(",", false,
			GrantedScopesSource.CALLBACK_PARAMETER, ClientAuthentication.CLIENT_SECRET_POST,
			Map.of("approval_prompt", "auto"));

	private final RateLimitPolicy rateLimitPolicy = new StravaRateLimitPolicy();

	private final StravaClients clients;

	private final ActivitySync sync;

	private final ActivityStore store;

	private final DetailBacklog backlog;

	private final FitnessProperties.Strava properties;

	StravaConnector(StravaClients clients, ActivitySync sync, ActivityStore store, DetailBacklog backlog,
			FitnessProperties properties) {
		this.clients = clients;
		this.sync = sync;
		this.store = store;
		this.backlog = backlog;
		this.properties = properties.strava();
	}

	@Override
	public String providerId() {
		return ActivityMapper.PROVIDER;
	}

	@Override
	public OAuthConventions oauthConventions() {
		return CONVENTIONS;
	}

	@Override
	public @Nullable String accountId(TokenGrant grant) {
		if (grant.additionalParameters().get("athlete") instanceof Map<?, ?> athlete) {
			Object id = athlete.get("id");
			if (id instanceof Number number) {
				return Long.toString(number.longValue());
			}
			if (id instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

	@Override
	public RateLimitPolicy rateLimitPolicy() {
		return this.rateLimitPolicy;
	}

	@Override
	public void sync(SyncContext context) {
		this.sync.run(context, this.clients.create(context.api()));
	}

	@Override
	public void revoke(SyncContext context) {
		this.clients.create(context.api()).deauthorize(this.properties.deauthorizeUri());
	}

	@Override
	public long purge(String userId) {
		this.backlog.removeAll(userId, ActivityMapper.PROVIDER);
		return this.store.deleteAll(userId, ActivityMapper.PROVIDER);
	}

}
