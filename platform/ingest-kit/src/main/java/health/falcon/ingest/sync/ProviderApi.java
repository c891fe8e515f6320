package health.falcon.ingest.sync;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.ProviderConnector;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link RestClient} a connector gets from {@code SyncContext.api()}: the
 * provider's API base URL, the kit's timeouts and the {@link ProviderCallInterceptor};
 * and the plain client of {@code SyncContext.client(baseUrl)}, the same without the
 * bearer token.
 */
class ProviderApi {

	private final ProviderConnectors connectors;

	private final ClientHttpRequestFactory requestFactory;

	private final ProviderCallInterceptor.ApiSupport support;

	ProviderApi(ProviderConnectors connectors, ClientHttpRequestFactory requestFactory,
			ProviderCallInterceptor.ApiSupport support) {
		this.connectors = connectors;
		this.requestFactory = requestFactory;
		this.support = support;
	}

	RestClient client(Connection connection) {
		String provider = connection.getProvider();
		ProviderConnector connector = this.connectors.connector(provider);
		String baseUrl = this.connectors.properties(provider).apiBaseUrl();
		return RestClient.builder()
			.baseUrl((baseUrl != null) ? baseUrl : "")
			.requestFactory(this.requestFactory)
			.requestInterceptor(new ProviderCallInterceptor(connection.getId(), provider, connector.rateLimitPolicy(),
					this.support, true))
			.build();
	}

	RestClient plainClient(Connection connection, String baseUrl) {
		String provider = connection.getProvider();
		ProviderConnector connector = this.connectors.connector(provider);
		return RestClient.builder()
			.baseUrl(baseUrl)
			.requestFactory(this.requestFactory)
			.requestInterceptor(new ProviderCallInterceptor(connection.getId(), provider, connector.rateLimitPolicy(),
					this.support, false))
			.build();
	}

}
