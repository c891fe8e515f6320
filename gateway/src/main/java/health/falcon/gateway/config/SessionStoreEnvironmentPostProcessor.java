package health.falcon.gateway.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.falcon.gateway.GatewayProperties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Redis out of the picture unless {@code falcon.gateway.session.store=redis} (set
 * by the {@code k8s} profile). With the store left at {@code memory}, the Redis and
 * Spring Session auto-configurations are excluded, so a local gateway neither needs nor
 * probes a Redis server.
 */
class SessionStoreEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "falcon-gateway-session-store";

	static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		GatewayProperties.Store store = binder.bind("falcon.gateway.session.store", GatewayProperties.Store.class)
			.orElse(GatewayProperties.Store.MEMORY);
		if (store == GatewayProperties.Store.REDIS) {
			return;
		}
		List<String> excludes = new ArrayList<>(
				binder.bind("spring.autoconfigure.exclude", String[].class).map(List::of).orElse(List.of()));
		excludes.addAll(REDIS_AUTO_CONFIGURATIONS);
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("spring.autoconfigure.exclude", String.join(",", excludes))));
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
