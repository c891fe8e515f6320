package health.falcon.backend.account;

import java.net.http.HttpClient;
import java.util.Map;

import health.falcon.backend.config.ServiceGroups;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsPropertyMapper;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The ingest services' account erasure ({@link IngestAccountClient}) and file import
 * ({@link IngestImportClient}) as one HTTP service group per service, named after it,
 * whose base URL and timeouts come from {@code spring.http.serviceclient.<service>.*};
 * each relays the signed-in user's own token. The token is set as a default header of
 * every request rather than by an interceptor (as in the {@code backend-data} group),
 * because a client with an interceptor buffers the whole request body in memory, and the
 * import streams an archive of up to {@code falcon.account.restore.max-bytes}.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = IngestServicesConfiguration.FITNESS_SERVICE,
		types = { IngestAccountClient.class, IngestImportClient.class })
@ImportHttpServices(group = IngestServicesConfiguration.FITBIT_SERVICE,
		types = { IngestAccountClient.class, IngestImportClient.class })
@ImportHttpServices(group = IngestServicesConfiguration.DIET_SERVICE,
		types = { IngestAccountClient.class, IngestImportClient.class })
@ImportHttpServices(group = IngestServicesConfiguration.DROPBOX_INGEST,
		types = { IngestAccountClient.class, IngestImportClient.class })
class IngestServicesConfiguration {

	static final String FITNESS_SERVICE = "fitness-service";

	static final String FITBIT_SERVICE = "fitbit-service";

	static final String DIET_SERVICE = "diet-service";

	static final String DROPBOX_INGEST = "dropbox-ingest";

	/** Each group and the environment variable of its base URL. */
	private static final Map<String, String> VARIABLES = Map.of(FITNESS_SERVICE, "FALCON_SERVICES_FITNESS_SERVICE",
			FITBIT_SERVICE, "FALCON_SERVICES_FITBIT_SERVICE", DIET_SERVICE, "FALCON_SERVICES_DIET_SERVICE",
			DROPBOX_INGEST, "FALCON_SERVICES_DROPBOX_INGEST");

	/**
	 * HTTP/1.1 only: the JDK client would otherwise offer an upgrade to h2c with the
	 * first request, which an archive upload (a streamed body) does not survive behind
	 * every server or proxy.
	 */
	private static final JdkClientHttpRequestFactoryBuilder HTTP_1_1 = ClientHttpRequestFactoryBuilder.jdk()
		.withHttpClientCustomizer((http) -> http.version(HttpClient.Version.HTTP_1_1));

	/** Each group and the provider whose import endpoint restores an archive there. */
	static final Map<String, String> IMPORT_PROVIDERS = Map.of(FITNESS_SERVICE, "strava", FITBIT_SERVICE, "fitbit",
			DIET_SERVICE, "myfitnesspal", DROPBOX_INGEST, "dropbox");

	@Bean
	RestClientHttpServiceGroupConfigurer ingestServicesUserToken(HttpServiceClientProperties services,
			ObjectProvider<SslBundles> sslBundles, ObjectProvider<HttpClientSettings> defaults) {
		HttpClientSettingsPropertyMapper settings = new HttpClientSettingsPropertyMapper(sslBundles.getIfAvailable(),
				defaults.getIfAvailable(HttpClientSettings::defaults));
		return (groups) -> groups.filterByName(VARIABLES.keySet().toArray(String[]::new))
			.forEachClient((group, client) -> {
				ServiceGroups.requireBaseUrl(services, group.name(), VARIABLES.get(group.name()));
				client.requestFactory(HTTP_1_1.build(settings.map(services.get(group.name()))));
				client.defaultRequest((request) -> request.headers(ServiceGroups::relayUserToken));
			});
	}

}
