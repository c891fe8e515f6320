package health.falcon.backend.account;

import java.util.Map;

import health.falcon.backend.config.ServiceGroups;

import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The ingest services' account erasure ({@link IngestAccountClient}) as one HTTP service
 * group per service, named after it, whose base URL and timeouts come from
 * {@code spring.http.serviceclient.<service>.*}; each relays the signed-in user's own
 * token like the {@code backend-data} group (through {@link ServiceGroups}).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = IngestServicesConfiguration.FITNESS_SERVICE, types = IngestAccountClient.class)
@ImportHttpServices(group = IngestServicesConfiguration.FITBIT_SERVICE, types = IngestAccountClient.class)
@ImportHttpServices(group = IngestServicesConfiguration.DIET_SERVICE, types = IngestAccountClient.class)
@ImportHttpServices(group = IngestServicesConfiguration.DROPBOX_INGEST, types = IngestAccountClient.class)
class IngestServicesConfiguration {

	static final String FITNESS_SERVICE = "fitness-service";

	static final String FITBIT_SERVICE = "fitbit-service";

	static final String DIET_SERVICE = "diet-service";

	static final String DROPBOX_INGEST = "dropbox-ingest";

	/** Each group and the environment variable of its base URL. */
	private static final Map<String, String> VARIABLES = Map.of(FITNESS_SERVICE, "FALCON_SERVICES_FITNESS_SERVICE",
			FITBIT_SERVICE, "FALCON_SERVICES_FITBIT_SERVICE", DIET_SERVICE, "FALCON_SERVICES_DIET_SERVICE",
			DROPBOX_INGEST, "FALCON_SERVICES_DROPBOX_INGEST");

	@Bean
	RestClientHttpServiceGroupConfigurer ingestServicesUserToken(HttpServiceClientProperties services) {
		return (groups) -> groups.filterByName(VARIABLES.keySet().toArray(String[]::new))
			.forEachClient((group, client) -> {
				ServiceGroups.requireBaseUrl(services, group.name(), VARIABLES.get(group.name()));
				client.requestInterceptor(ServiceGroups.relayUserToken());
			});
	}

}
