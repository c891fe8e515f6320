package health.falcon.dropbox.sync;

import java.util.Map;

import health.falcon.dropbox.imports.DropboxFiles;
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
import org.springframework.web.client.RestClientException;

/**
 * The Dropbox connector: space-separated scopes, PKCE, granted scopes reported in the
 * token response, HTTP Basic client authentication, {@code token_access_type=offline}
 * (for a refresh token, which Dropbox does not rotate: the kit keeps the stored one when
 * a refresh returns none), {@code account_id} as account id (webhooks name accounts by
 * it), {@code Retry-After} rate limits, and the {@code files} stream of the watched
 * folder.
 */
@Component
class DropboxConnector implements ProviderConnector {

	static final String PROVIDER = "dropbox";

	private static final Logger logger = LoggerFactory.getLogger(DropboxConnector.class);

	private static final OAuthConventions CONVENTIONS = new OAuthConventions(" ", true,
			GrantedScopesSource.TOKEN_RESPONSE, ClientAuthentication.CLIENT_SECRET_BASIC,
			Map.of("token_access_type", "offline"));

	private final RateLimitPolicy rateLimitPolicy = new DropboxRateLimitPolicy();

	private final DropboxClients clients;

	private final FolderSync sync;

	private final DropboxFiles files;

	DropboxConnector(DropboxClients clients, FolderSync sync, DropboxFiles files) {
		this.clients = clients;
		this.sync = sync;
		this.files = files;
	}

	@Override
	public String providerId() {
		return PROVIDER;
	}

	@Override
	public OAuthConventions oauthConventions() {
		return CONVENTIONS;
	}

	@Override
	public @Nullable String accountId(TokenGrant grant) {
		return (grant.additionalParameters().get("account_id") instanceof String id && !id.isBlank()) ? id : null;
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
		try {
			this.clients.create(context.api()).revoke("null");
		}
		catch (RestClientException ex) {
			logger.info("Dropbox token revocation failed ({}); the tokens are deleted anyway",
					ex.getClass().getSimpleName());
		}
	}

	@Override
	public long purge(String userId) {
		return this.files.purge(userId);
	}

}
