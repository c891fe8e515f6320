package health.falcon.ingest.web;

import java.util.List;
import java.util.Optional;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.sync.ConnectionLifecycle;
import health.falcon.ingest.sync.SyncRunRepository;
import health.falcon.ingest.sync.SyncRunner;

import org.springframework.data.domain.PageRequest;

/**
 * The user's view of and actions on one connection; every method is scoped to the given
 * user, which only ever comes from the signed-in user's token.
 */
class ConnectionService {

	private final ProviderConnectors connectors;

	private final ConnectionRepository connections;

	private final SyncRunRepository runs;

	private final SyncRunner runner;

	private final ConnectionLifecycle lifecycle;

	ConnectionService(ProviderConnectors connectors, ConnectionRepository connections, SyncRunRepository runs,
			SyncRunner runner, ConnectionLifecycle lifecycle) {
		this.connectors = connectors;
		this.connections = connections;
		this.runs = runs;
		this.runner = runner;
		this.lifecycle = lifecycle;
	}

	ConnectionView view(String userId, String provider) {
		this.connectors.connector(provider);
		return this.connections.findConnection(userId, provider)
			.map((connection) -> ConnectionView.of(connection,
					this.runs.findFirstByUserIdAndProviderOrderByStartedAtDesc(userId, provider)
						.map(RunView::of)
						.orElse(null)))
			.orElseGet(() -> ConnectionView.notConnected(provider));
	}

	List<RunView> runs(String userId, String provider, int limit) {
		this.connectors.connector(provider);
		return this.runs.findByUserIdAndProviderOrderByStartedAtDesc(userId, provider, PageRequest.of(0, limit))
			.stream()
			.map(RunView::of)
			.toList();
	}

	void requestSync(String userId, String provider) {
		this.connectors.connector(provider);
		Optional<Connection> connection = this.connections.findConnection(userId, provider);
		if (connection.isEmpty() || !connection.get().getStatus().usable()) {
			throw new NotConnectedException(provider,
					connection.map(Connection::getStatus).orElse(ConnectionStatus.NOT_CONNECTED).name());
		}
		this.runner.requestSync(userId, provider, SyncTrigger.MANUAL);
	}

	void disconnect(String userId, String provider, boolean purge) {
		this.lifecycle.disconnect(userId, provider, purge);
	}

}
