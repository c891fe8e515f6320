package health.falcon.ingest.sync;

import java.time.Clock;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.ConnectionMethod;
import health.falcon.ingest.spi.SyncTrigger;

/**
 * Creates run contexts with the provider's configuration.
 */
class SyncContexts {

	private final ProviderConnectors connectors;

	private final ConnectionStore store;

	private final PayloadArchive archive;

	private final ProviderApi api;

	private final AccessTokens tokens;

	private final Clock clock;

	private final IngestProperties.Lease lease;

	SyncContexts(ProviderConnectors connectors, ConnectionStore store, PayloadArchive archive, ProviderApi api,
			AccessTokens tokens, Clock clock, IngestProperties.Lease lease) {
		this.connectors = connectors;
		this.store = store;
		this.archive = archive;
		this.api = api;
		this.tokens = tokens;
		this.clock = clock;
		this.lease = lease;
	}

	DefaultSyncContext create(Connection connection, SyncTrigger trigger, String runId) {
		String provider = connection.getProvider();
		boolean userCredential = this.connectors.connector(provider)
			.connectionMethod() == ConnectionMethod.USER_CREDENTIAL;
		DefaultSyncContext.ContextSupport support = new DefaultSyncContext.ContextSupport(this.store, this.archive,
				this.api, this.clock, this.lease.ttl(), this.connectors.properties(provider).backfillDepth(),
				this.tokens, userCredential);
		return new DefaultSyncContext(connection, trigger, runId, support);
	}

}
