package health.falcon.kit.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The actuator requests that need no token. Health is public wherever it is served,
 * including the probes that
 * {@code management.endpoint.health.probes.add-additional-paths} mirrors on the main port
 * ({@code /livez}, {@code /readyz}). Everything the management server serves (health,
 * info, prometheus) is public there, because that port is reachable only from inside the
 * deployment (loopback in the devstack). Info and prometheus are never public on the main
 * port: when the actuator has its own port, requests for it on the main port are let
 * through only to be answered 404; when it shares the main port, they need a token like
 * any other path.
 */
final class ActuatorRequests {

	private ActuatorRequests() {
	}

	static RequestMatcher publicRequests(Environment environment) {
		List<RequestMatcher> matchers = new ArrayList<>();
		matchers.add(EndpointRequest.to(HealthEndpoint.class));
		matchers.add(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class));
		matchers.add(ActuatorRequests::servedByTheManagementServer);
		if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
			String basePath = environment.getProperty("management.endpoints.web.base-path", "/actuator");
			PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
			matchers.add(paths.matcher(basePath));
			matchers.add(paths.matcher(basePath + "/**"));
		}
		return new OrRequestMatcher(matchers);
	}

	private static boolean servedByTheManagementServer(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context != null
				&& WebServerApplicationContext.hasServerNamespace(context, WebServerNamespace.MANAGEMENT.getValue());
	}

}
