package health.falcon.kit.defaults;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Adds the property source {@value #SOURCE_NAME} with the defaults every Falcon service
 * shares, at the lowest precedence so that any {@code application.yaml}, profile,
 * environment variable or command-line argument overrides them: actuator exposure
 * ({@code health,info,prometheus}), probes, info contributors, graceful shutdown, problem
 * details, MongoDB index creation, W3C trace propagation without any exporter, and ECS
 * JSON console logs when the {@code k8s} profile is active. Runs after config data has
 * been loaded, so profiles from any source are visible.
 */
public class ServiceKitDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The name of the property source this post processor adds. */
	public static final String SOURCE_NAME = "falcon-service-kit-defaults";

	private static final Map<String, Object> DEFAULTS = defaults();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new LinkedHashMap<>(DEFAULTS);
		if (application.getWebApplicationType() == WebApplicationType.SERVLET) {
			// servlet services give the actuator its own port and keep only the probes on
			// the main port, as /livez and /readyz
			properties.put("management.endpoint.health.probes.add-additional-paths", "true");
		}
		if (environment.acceptsProfiles(Profiles.of("k8s"))) {
			// JSON logs for the cluster's log pipeline. ECS carries trace.id and
			// span.id from the MDC.
			properties.put("logging.structured.format.console", "ecs");
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, properties));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static Map<String, Object> defaults() {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.info.env.enabled", "true");
		defaults.put("management.info.build.enabled", "true");
		defaults.put("management.info.git.enabled", "true");
		defaults.put("management.info.java.enabled", "true");
		defaults.put("management.info.os.enabled", "true");
		defaults.put("server.shutdown", "graceful");
		defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
		defaults.put("spring.mvc.problemdetails.enabled", "true");
		defaults.put("spring.webflux.problemdetails.enabled", "true");
		defaults.put("spring.data.mongodb.auto-index-creation", "true");
		defaults.put("management.tracing.propagation.type", "W3C");
		defaults.put("management.tracing.sampling.probability", "0.1");
		// no collector by default: only propagate trace context, export nothing
		defaults.put("management.otlp.metrics.export.enabled", "false");
		defaults.put("management.tracing.export.otlp.enabled", "false");
		defaults.put("management.logging.export.otlp.enabled", "false");
		return Map.copyOf(defaults);
	}

}
