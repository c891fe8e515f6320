package health.falcon.backend.downloads;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ResourceHttpMessageConverter;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * {@link DownloadsClient} in backend-data's HTTP service group, so that it shares the
 * group's base URL, timeouts ({@code spring.http.serviceclient.backend-data.*}) and the
 * one configurer that relays the user's token ({@code config.BackendDataConfiguration}).
 * The group also learns to read an {@code InputStreamResource} as the open response body,
 * which the default converters would read into memory or refuse; no other client of the
 * group asks for one.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = DownloadsConfiguration.BACKEND_DATA, types = DownloadsClient.class)
class DownloadsConfiguration {

	/** backend-data's HTTP service group. */
	static final String BACKEND_DATA = "backend-data";

	@Bean
	RestClientHttpServiceGroupConfigurer backendDataStreams() {
		return (groups) -> groups.filterByName(BACKEND_DATA)
			.forEachClient((group, client) -> client.configureMessageConverters(
					(converters) -> converters.addCustomConverter(new ResourceHttpMessageConverter(true))));
	}

}
