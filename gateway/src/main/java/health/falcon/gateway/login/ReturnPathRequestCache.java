package health.falcon.gateway.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * Remembers the page to return to after sign-in in a short-lived cookie instead of the
 * web session, so that an anonymous page navigation creates nothing on the server. Only a
 * {@link ReturnPath} (a same-site path) is ever written or honoured: a cookie planted
 * with another site's address is ignored, so it cannot turn sign-in into an open
 * redirect. The cookie is removed once the user arrives at the page.
 */
public final class ReturnPathRequestCache implements ServerRequestCache {

	/** The cookie's name. */
	public static final String COOKIE_NAME = "FALCON_RETURN_TO";

	private static final String COOKIE_PATH = "/";

	private final ServerWebExchangeMatcher pageNavigations = pageNavigations();

	private final LoginCookies cookies;

	/**
	 * Create the cache.
	 * @param cookies the cookie attributes and lifetime
	 */
	public ReturnPathRequestCache(LoginCookies cookies) {
		this.cookies = cookies;
	}

	/**
	 * Remember the current request when it is a page navigation to a same-site path.
	 */
	@Override
	public Mono<Void> saveRequest(ServerWebExchange exchange) {
		return this.pageNavigations.matches(exchange)
			.filter(ServerWebExchangeMatcher.MatchResult::isMatch)
			.flatMap((match) -> Mono.justOrEmpty(ReturnPath.parse(target(exchange.getRequest()))))
			.flatMap((path) -> remember(exchange, path));
	}

	/**
	 * Remember a page to return to. Side effect: adds the cookie to the response.
	 * @param exchange the current exchange
	 * @param path the page
	 * @return completion
	 */
	Mono<Void> remember(ServerWebExchange exchange, ReturnPath path) {
		String value = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(path.toUriString().getBytes(StandardCharsets.UTF_8));
		exchange.getResponse().addCookie(this.cookies.create(COOKIE_NAME, value, COOKIE_PATH));
		return Mono.empty();
	}

	@Override
	public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
		return Mono.justOrEmpty(saved(exchange).map((path) -> URI.create(path.toUriString())));
	}

	@Override
	public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		Optional<ReturnPath> saved = saved(exchange);
		if (saved.isEmpty() || request.getMethod() != HttpMethod.GET
				|| !saved.get().toUriString().equals(target(request))) {
			return Mono.empty();
		}
		exchange.getResponse().addCookie(this.cookies.expire(COOKIE_NAME, COOKIE_PATH));
		return Mono.just(request);
	}

	private static Optional<ReturnPath> saved(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE_NAME);
		if (cookie == null) {
			return Optional.empty();
		}
		try {
			return ReturnPath
				.parse(new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String target(ServerHttpRequest request) {
		String path = request.getPath().pathWithinApplication().value();
		String query = request.getURI().getRawQuery();
		return (query != null) ? path + "?" + query : path;
	}

	private static ServerWebExchangeMatcher pageNavigations() {
		MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new AndServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/**"),
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/favicon.*")), html);
	}

}
