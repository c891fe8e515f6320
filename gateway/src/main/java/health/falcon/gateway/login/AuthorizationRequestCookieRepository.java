package health.falcon.gateway.login;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpCookie;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps the OAuth2 authorization request of a sign-in in progress in a cookie instead of
 * the web session, so that an anonymous {@code GET /oauth2/authorization/falcon} creates
 * nothing on the server and a flood of them cannot fill the session store. The cookie is
 * encrypted and authenticated with AES-256-GCM under a key from configuration (shared by
 * every replica and colour), carries its own expiry, is sent only to the callback path,
 * and is accepted only with the {@code state} it was issued for. Anything else (changed,
 * expired, another key, another state) counts as no authorization request, which fails
 * the sign-in cleanly.
 */
public final class AuthorizationRequestCookieRepository
		implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	/** The cookie's name. */
	public static final String COOKIE_NAME = "FALCON_LOGIN";

	/** The cookie goes only to the provider's redirect back. */
	public static final String COOKIE_PATH = "/login/oauth2/code/";

	private final CookieSeal seal;

	private final LoginCookies cookies;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Create the repository.
	 * @param key the AES-256 key, 32 bytes in Base64
	 * @param cookies the cookie attributes and lifetime
	 * @param clock the clock that dates and expires the cookie
	 */
	public AuthorizationRequestCookieRepository(String key, LoginCookies cookies, Clock clock) {
		this.seal = CookieSeal.fromBase64(key);
		this.cookies = cookies;
		this.clock = clock;
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
		return Mono.justOrEmpty(read(exchange));
	}

	@Override
	public Mono<Void> saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
			ServerWebExchange exchange) {
		if (authorizationRequest == null) {
			expire(exchange);
			return Mono.empty();
		}
		Instant expiresAt = this.clock.instant().plus(this.cookies.ttl());
		byte[] payload = this.json.writeValueAsBytes(Payload.of(authorizationRequest, expiresAt));
		exchange.getResponse()
			.addCookie(this.cookies.create(COOKIE_NAME, this.seal.seal(COOKIE_NAME, payload), COOKIE_PATH));
		return Mono.empty();
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
		Optional<OAuth2AuthorizationRequest> request = read(exchange);
		if (exchange.getRequest().getCookies().containsKey(COOKIE_NAME)) {
			expire(exchange);
		}
		return Mono.justOrEmpty(request);
	}

	private Optional<OAuth2AuthorizationRequest> read(ServerWebExchange exchange) {
		String state = exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE);
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE_NAME);
		if (state == null || cookie == null) {
			return Optional.empty();
		}
		return this.seal.open(COOKIE_NAME, cookie.getValue())
			.flatMap(this::parse)
			.filter((payload) -> this.clock.instant().isBefore(Instant.ofEpochSecond(payload.expiresAt())))
			.filter((payload) -> state.equals(payload.state()))
			.map(Payload::toRequest);
	}

	private Optional<Payload> parse(byte[] bytes) {
		try {
			return Optional.of(this.json.readValue(bytes, Payload.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private void expire(ServerWebExchange exchange) {
		exchange.getResponse().addCookie(this.cookies.expire(COOKIE_NAME, COOKIE_PATH));
	}

	/**
	 * What the cookie holds: the authorization request's fields (the PKCE verifier and
	 * the OIDC nonce are among the attributes) and when it expires.
	 */
	record Payload(String authorizationUri, String clientId, String redirectUri, Set<String> scopes, String state,
			Map<String, String> additionalParameters, Map<String, String> attributes, long expiresAt) {

		static Payload of(OAuth2AuthorizationRequest request, Instant expiresAt) {
			return new Payload(request.getAuthorizationUri(), request.getClientId(), request.getRedirectUri(),
					request.getScopes(), request.getState(), strings(request.getAdditionalParameters()),
					strings(request.getAttributes()), expiresAt.getEpochSecond());
		}

		OAuth2AuthorizationRequest toRequest() {
			return OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri(this.authorizationUri)
				.clientId(this.clientId)
				.redirectUri(this.redirectUri)
				.scopes(this.scopes)
				.state(this.state)
				.additionalParameters(new LinkedHashMap<String, Object>(this.additionalParameters))
				.attributes(new LinkedHashMap<String, Object>(this.attributes))
				.build();
		}

		private static Map<String, String> strings(Map<String, Object> values) {
			Map<String, String> strings = new LinkedHashMap<>();
			values.forEach((name, value) -> {
				if (!(value instanceof String text)) {
					throw new IllegalArgumentException("Authorization request value " + name + " is not a string");
				}
				strings.put(name, text);
			});
			return strings;
		}

	}

}
