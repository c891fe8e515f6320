package health.falcon.ingest.web;

import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.sync.ConnectionLifecycle;
import health.falcon.ingest.sync.SyncRunRepository;
import health.falcon.ingest.sync.SyncRunner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code /api/connections/{provider}} endpoint beans.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

	@Bean
	ConnectionService falconIngestConnectionService(ProviderConnectors connectors, ConnectionRepository connections,
			SyncRunRepository runs, SyncRunner runner, ConnectionLifecycle lifecycle) {
		return new ConnectionService(connectors, connections, runs, runner, lifecycle);
	}

	@Bean
	ConnectionsController falconIngestConnectionsController(ConnectionService service) {
		return new ConnectionsController(service);
	}

}
