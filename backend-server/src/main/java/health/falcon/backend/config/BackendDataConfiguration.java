package health.falcon.backend.config;

import health.falcon.data.api.ActivitiesClient;
import health.falcon.data.api.DashboardClient;
import health.falcon.data.api.BloodPressureClient;
import health.falcon.data.api.BodyClient;
import health.falcon.data.api.HeartRateClient;
import health.falcon.data.api.HrvClient;
import health.falcon.data.api.InsightsClient;
import health.falcon.data.api.MetricsClient;
import health.falcon.data.api.NutritionClient;
import health.falcon.data.api.SleepClient;

import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * backend-data's contract ({@link ActivitiesClient}, {@link HeartRateClient},
 * {@link MetricsClient}, {@link DashboardClient}, and the lists {@link SleepClient},
 * {@link BloodPressureClient}, {@link HrvClient}, {@link NutritionClient},
 * {@link BodyClient}, and {@link InsightsClient}) as the HTTP service group
 * {@value #BACKEND_DATA}, whose base URL and timeouts come from
 * {@code spring.http.serviceclient.backend-data.*}. One group configurer relays the
 * signed-in user's own bearer token, taken from the validated authentication of the
 * current request, so that backend-data scopes every answer to the same {@code sub}; no
 * user id is ever sent.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = BackendDataConfiguration.BACKEND_DATA,
		types = { ActivitiesClient.class, HeartRateClient.class, MetricsClient.class, SleepClient.class,
				BloodPressureClient.class, HrvClient.class, NutritionClient.class, BodyClient.class,
				DashboardClient.class, InsightsClient.class })
class BackendDataConfiguration {

	/** The group of backend-data. */
	static final String BACKEND_DATA = "backend-data";

	@Bean
	RestClientHttpServiceGroupConfigurer backendDataUserToken(HttpServiceClientProperties services) {
		return (groups) -> groups.filterByName(BACKEND_DATA).forEachClient((group, client) -> {
			ServiceGroups.requireBaseUrl(services, BACKEND_DATA, "FALCON_SERVICES_BACKEND_DATA");
			client.defaultRequest((request) -> request.headers(ServiceGroups::relayUserToken));
		});
	}

}
