package health.falcon.ingest.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Ends connections: a disconnect by the user (revoke at the provider best effort, delete
 * tokens, optionally purge) and a revocation by the provider (delete tokens, purge, as
 * provider terms require).
 */
public class ConnectionLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionLifecycle.class);

	private final ProviderConnectors connectors;

	private final ConnectionRepository connections;

	private final ConnectionStore store;

	private final PayloadArchive archive;

	private final SyncContexts contexts;

	private final MongoOperations mongo;

	private final Clock clock;

	ConnectionLifecycle(ProviderConnectors connectors, ConnectionRepository connections, ConnectionStore store,
			PayloadArchive archive, SyncContexts contexts, MongoOperations mongo, Clock clock) {
		this.connectors = connectors;
		this.connections = connections;
		this.store = store;
		this.archive = archive;
		this.contexts = contexts;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The user disconnects: revoke at the provider while the token works (best effort),
	 * delete the tokens, mark {@code DISCONNECTED}, and purge when asked.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param purge whether to delete the provider's data too
	 * @return whether a connection existed
	 */
	public boolean disconnect(String userId, String provider, boolean purge) {
		ProviderConnector connector = this.connectors.connector(provider);
		Optional<Connection> connection = this.connections.findConnection(userId, provider);
		if (connection.isEmpty()) {
			return false;
		}
		if (connection.get().getStatus().usable() && connection.get().getAccessToken() != null) {
			revokeAtProvider(connector, connection.get());
		}
		this.store.end(connection.get().getId(), ConnectionStatus.DISCONNECTED, purge, this.clock.instant());
		if (purge) {
			purge(connector, userId);
		}
		return true;
	}

	/**
	 * The user revoked access at the provider.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 */
	public void revokedByProvider(String userId, String provider) {
		ProviderConnector connector = this.connectors.connector(provider);
		this.store.end(Connection.id(userId, provider), ConnectionStatus.REVOKED, true, this.clock.instant());
		purge(connector, userId);
	}

	void release(String connectionId, String owner) {
		this.mongo.updateFirst(query(where("_id").is(connectionId).and("lease.owner").is(owner)),
				new Update().unset("lease"), Connection.class);
	}

	private void revokeAtProvider(ProviderConnector connector, Connection connection) {
		try {
			connector.revoke(this.contexts.create(connection, SyncTrigger.MANUAL, "revoke-" + UUID.randomUUID()));
		}
		catch (RuntimeException ex) {
			logger.warn("Revocation at {} failed ({}); deleting the tokens anyway", connector.providerId(),
					SafeErrors.describe(ex));
		}
	}

	private void purge(ProviderConnector connector, String userId) {
		long records = connector.purge(userId);
		long payloads = this.archive.purge(userId, connector.providerId());
		logger.info("Purged {} records and {} kit payloads of {} for a user", records, payloads,
				connector.providerId());
	}

}
