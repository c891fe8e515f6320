package health.falcon.ingest.oauth;

import java.time.Clock;

import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.config.ProviderRequestFactories;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.provider.ProviderConnectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The connect flow and token beans.
 */
@Configuration(proxyBeanMethods = false)
public class OAuthConfiguration {

	@Bean
	ClientRegistrations falconIngestClientRegistrations(ProviderConnectors connectors, IngestProperties properties) {
		return new ClientRegistrations(connectors, properties.publicBaseUrl());
	}

	@Bean
	TokenClient falconIngestTokenClient(ClientRegistrations registrations, IngestProperties properties, Clock clock) {
		return new TokenClient(registrations, ProviderRequestFactories.create(properties.http()), clock);
	}

	@Bean
	AccessTokens falconIngestAccessTokens(ConnectionRepository connections, ConnectionStore store, TokenCipher cipher,
			TokenClient tokenClient, Clock clock) {
		return new AccessTokens(connections, store, cipher, tokenClient, clock);
	}

	@Bean
	ConnectFlow falconIngestConnectFlow(ProviderConnectors connectors, ClientRegistrations registrations,
			TokenClient tokenClient, TokenCipher cipher, ConnectionStore store, IngestOperations operations,
			MongoOperations mongo, IngestProperties properties, Clock clock) {
		return new ConnectFlow(connectors, registrations, new StateCodec(properties.state().secret()),
				new OAuthStateStore(mongo), tokenClient, cipher, store, operations,
				new ConnectFlowSettings(clock, properties.state().ttl()));
	}

	@Bean
	ConnectController falconIngestConnectController(ConnectFlow flow) {
		return new ConnectController(flow);
	}

}
