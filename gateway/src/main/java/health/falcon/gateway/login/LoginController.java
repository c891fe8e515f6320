package health.falcon.gateway.login;

import java.net.URI;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import health.falcon.gateway.GatewayProperties;

/**
 * {@code GET /login}: starts sign-in with the configured provider. An optional
 * {@code returnTo} (a same-site path) is remembered in a cookie, so the user comes back
 * to it afterwards; otherwise the page that sent the user here, or {@code /}. Nothing is
 * stored on the server until sign-in succeeds.
 */
@RestController
class LoginController {

	private final ReturnPathRequestCache requestCache;

	private final GatewayProperties properties;

	LoginController(ReturnPathRequestCache requestCache, GatewayProperties properties) {
		this.requestCache = requestCache;
		this.properties = properties;
	}

	@GetMapping("/login")
	Mono<ResponseEntity<Void>> login(@RequestParam(required = false) @Nullable String returnTo,
			ServerWebExchange exchange, @Nullable Authentication authentication) {
		Optional<ReturnPath> target = ReturnPath.parse(returnTo);
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return Mono.just(redirect(target.map(ReturnPath::toUriString).orElse("/")));
		}
		Mono<Void> remember = target.map((path) -> this.requestCache.remember(exchange, path)).orElse(Mono.empty());
		return remember.thenReturn(redirect("/oauth2/authorization/" + this.properties.registrationId()));
	}

	private static ResponseEntity<Void> redirect(String location) {
		return ResponseEntity.status(302).location(URI.create(location)).build();
	}

}
