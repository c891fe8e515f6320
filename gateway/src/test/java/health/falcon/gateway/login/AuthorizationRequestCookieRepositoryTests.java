package health.falcon.gateway.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationRequestCookieRepositoryTests {

	private static final String KEY = "VCUrNlo1yYNLMqRZqBSDR6e3Cm/FccCZmUK/65+cqVs=";

	private static final String OTHER_KEY = "TgfMf6r0cJDRM/KpBVcIvyzSu521LMsqZ9CtRqOSlhU=";

	private static final Instant NOW = Instant.parse("2026-12-06T11:00:00Z");

	private final LoginCookies cookies = new LoginCookies(true, Duration.ofMinutes(10));

	private final AuthorizationRequestCookieRepository repository = repository(KEY, NOW);

	@Test
	void returnsTheSavedRequestForItsStateWithVerifierAndNonce() {
		ResponseCookie cookie = save(this.repository, request("state-1"));

		OAuth2AuthorizationRequest loaded = this.repository.loadAuthorizationRequest(callback("state-1", cookie))
			.block();

		assertThat(loaded).isNotNull();
		assertThat(loaded.getState()).isEqualTo("state-1");
		assertThat(loaded.getClientId()).isEqualTo("falcon-gateway");
		assertThat(loaded.getRedirectUri()).isEqualTo("https://falcon.example/login/oauth2/code/falcon");
		assertThat(loaded.getScopes()).containsExactlyInAnyOrder("openid", "email");
		assertThat(loaded.<String>getAttribute("code_verifier")).isEqualTo("verifier");
		assertThat(loaded.<String>getAttribute("registration_id")).isEqualTo("falcon");
		assertThat(loaded.getAdditionalParameters()).containsEntry("code_challenge", "challenge");
	}

	@Test
	void writesASecureHttpOnlyLaxCookieForTheCallbackOnly() {
		ResponseCookie cookie = save(this.repository, request("state-1"));

		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/login/oauth2/code/");
		assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofMinutes(10));
		assertThat(new String(Base64.getUrlDecoder().decode(cookie.getValue()))).doesNotContain("verifier", "state-1");
	}

	@Test
	void ignoresTheCookieForAnotherState() {
		ResponseCookie cookie = save(this.repository, request("state-1"));

		assertThat(this.repository.loadAuthorizationRequest(callback("state-2", cookie)).blockOptional()).isEmpty();
	}

	@Test
	void ignoresAnExpiredCookie() {
		ResponseCookie cookie = save(this.repository, request("state-1"));
		AuthorizationRequestCookieRepository later = repository(KEY, NOW.plus(Duration.ofMinutes(10)));

		assertThat(later.loadAuthorizationRequest(callback("state-1", cookie)).blockOptional()).isEmpty();
	}

	@Test
	void ignoresACookieSealedWithAnotherKey() {
		ResponseCookie cookie = save(repository(OTHER_KEY, NOW), request("state-1"));

		assertThat(this.repository.loadAuthorizationRequest(callback("state-1", cookie)).blockOptional()).isEmpty();
	}

	@Test
	void ignoresAChangedOrMalformedCookie() {
		ResponseCookie cookie = save(this.repository, request("state-1"));
		byte[] bytes = Base64.getUrlDecoder().decode(cookie.getValue());
		bytes[bytes.length - 20] ^= 1;
		String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

		for (String value : new String[] { changed, "", "not*base64!", "QUJD", "A".repeat(5000) }) {
			ResponseCookie forged = ResponseCookie.from(AuthorizationRequestCookieRepository.COOKIE_NAME, value)
				.build();
			assertThat(this.repository.loadAuthorizationRequest(callback("state-1", forged)).blockOptional()).as(value)
				.isEmpty();
		}
	}

	@Test
	void removesTheCookieWhenTheRequestIsTakenOrRefused() {
		ResponseCookie cookie = save(this.repository, request("state-1"));

		MockServerWebExchange taken = callback("state-1", cookie);
		assertThat(this.repository.removeAuthorizationRequest(taken).blockOptional()).isPresent();
		MockServerWebExchange refused = callback("state-2", cookie);
		assertThat(this.repository.removeAuthorizationRequest(refused).blockOptional()).isEmpty();

		for (MockServerWebExchange exchange : new MockServerWebExchange[] { taken, refused }) {
			ResponseCookie expired = exchange.getResponse()
				.getCookies()
				.getFirst(AuthorizationRequestCookieRepository.COOKIE_NAME);
			assertThat(expired).isNotNull();
			assertThat(expired.getMaxAge()).isZero();
			assertThat(expired.getPath()).isEqualTo("/login/oauth2/code/");
		}
	}

	private static AuthorizationRequestCookieRepository repository(String key, Instant now) {
		return new AuthorizationRequestCookieRepository(key, new LoginCookies(true, Duration.ofMinutes(10)),
				Clock.fixed(now, ZoneOffset.UTC));
	}

	private static ResponseCookie save(AuthorizationRequestCookieRepository repository,
			OAuth2AuthorizationRequest request) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/oauth2/authorization/falcon"));
		repository.saveAuthorizationRequest(request, exchange).block();
		ResponseCookie cookie = exchange.getResponse()
			.getCookies()
			.getFirst(AuthorizationRequestCookieRepository.COOKIE_NAME);
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private static MockServerWebExchange callback(String state, ResponseCookie cookie) {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/login/oauth2/code/falcon")
			.queryParam("code", "abc")
			.queryParam("state", state)
			.cookie(cookie));
	}

	private static OAuth2AuthorizationRequest request(String state) {
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("https://id.example/authorize")
			.clientId("falcon-gateway")
			.redirectUri("https://falcon.example/login/oauth2/code/falcon")
			.scopes(Set.of("openid", "email"))
			.state(state)
			.additionalParameters((parameters) -> {
				parameters.put("code_challenge", "challenge");
				parameters.put("code_challenge_method", "S256");
			})
			.attributes((attributes) -> {
				attributes.put("registration_id", "falcon");
				attributes.put("code_verifier", "verifier");
			})
			.build();
	}

}
