package health.falcon.gateway.spa;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the SPA's {@code index.html} (from the frontend jar's {@code static/}) for
 * {@code /} and for every client-side route, that is a GET of a path without a file
 * extension outside the server's own prefixes. Files such as {@code /assets/*.js} are
 * served by the static resource handler.
 */
@Configuration(proxyBeanMethods = false)
class SpaConfiguration {

	static final List<String> SERVER_PREFIXES = List.of("/api/", "/actuator", "/oauth2/", "/login", "/logout",
			"/webhooks/", "/assets/", "/error");

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> spaRoutes(@Value("classpath:/static/index.html") Resource index) {
		return RouterFunctions.route(GET("/**").and(clientRoute()),
				(request) -> ServerResponse.ok()
					.contentType(MediaType.TEXT_HTML)
					.cacheControl(CacheControl.noCache())
					.bodyValue(index));
	}

	static RequestPredicate clientRoute() {
		return (request) -> isClientRoute(request.path());
	}

	static boolean isClientRoute(String path) {
		if (SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
			return false;
		}
		String lastSegment = path.substring(path.lastIndexOf('/') + 1);
		return !lastSegment.contains(".");
	}

}
