package health.falcon.diet.diary;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.config.ProviderRequestFactories;
import health.falcon.ingest.spi.SyncContext;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes {@link MyFitnessPalClient}s: for connecting, over plain clients with the kit's
 * timeouts and no redirects; during a sync, over the run's plain clients
 * ({@link SyncContext#client(String)}: rate budget, retries of 5xx and I/O faults).
 */
@Component
class MyFitnessPalClients {

	private final MyFitnessPalProperties properties;

	private final ClientHttpRequestFactory requestFactory;

	MyFitnessPalClients(MyFitnessPalProperties properties, IngestProperties ingest) {
		this.properties = properties;
		this.requestFactory = ProviderRequestFactories.create(ingest.http());
	}

	MyFitnessPalClient forSession(String cookie) {
		return new MyFitnessPalClient(plain(this.properties.webBaseUrl()), plain(this.properties.apiBaseUrl()), cookie,
				this.properties.userAgent());
	}

	MyFitnessPalClient forRun(SyncContext context) {
		return new MyFitnessPalClient(context.client(this.properties.webBaseUrl()),
				context.client(this.properties.apiBaseUrl()), context.credential(), this.properties.userAgent());
	}

	private RestClient plain(String baseUrl) {
		return RestClient.builder().baseUrl(baseUrl).requestFactory(this.requestFactory).build();
	}

}
