package health.falcon.gateway.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathRequestCacheTests {

	private final ReturnPathRequestCache cache = new ReturnPathRequestCache(
			new LoginCookies(false, Duration.ofMinutes(10)));

	@Test
	void remembersAPageNavigationAndReturnsToIt() {
		MockServerWebExchange navigation = MockServerWebExchange
			.from(MockServerHttpRequest.get("/settings?tab=units").accept(MediaType.TEXT_HTML));
		this.cache.saveRequest(navigation).block();
		ResponseCookie cookie = navigation.getResponse().getCookies().getFirst(ReturnPathRequestCache.COOKIE_NAME);

		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).isFalse();
		assertThat(this.cache.getRedirectUri(withCookie("/login/oauth2/code/falcon", cookie.getValue())).block())
			.isEqualTo(URI.create("/settings?tab=units"));
	}

	@Test
	void remembersNeitherApiCallsNorPosts() {
		MockServerWebExchange api = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/me").accept(MediaType.APPLICATION_JSON));
		MockServerWebExchange post = MockServerWebExchange
			.from(MockServerHttpRequest.post("/settings").accept(MediaType.TEXT_HTML));
		this.cache.saveRequest(api).block();
		this.cache.saveRequest(post).block();

		assertThat(api.getResponse().getCookies()).isEmpty();
		assertThat(post.getResponse().getCookies()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example/", "/\\evil.example", "evil", "" })
	void ignoresAPlantedCookieThatLeavesTheSite(String target) {
		String planted = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(target.getBytes(StandardCharsets.UTF_8));

		assertThat(this.cache.getRedirectUri(withCookie("/login/oauth2/code/falcon", planted)).blockOptional())
			.isEmpty();
	}

	@Test
	void removesTheCookieOnArrivalAtThePageOnly() {
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString("/settings".getBytes());

		MockServerWebExchange elsewhere = withCookie("/connections", value);
		assertThat(this.cache.removeMatchingRequest(elsewhere).blockOptional()).isEmpty();
		assertThat(elsewhere.getResponse().getCookies()).isEmpty();
		MockServerWebExchange arrival = withCookie("/settings", value);
		assertThat(this.cache.removeMatchingRequest(arrival).blockOptional()).isPresent();
		assertThat(arrival.getResponse().getCookies().getFirst(ReturnPathRequestCache.COOKIE_NAME).getMaxAge())
			.isZero();
	}

	private static MockServerWebExchange withCookie(String path, String value) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(path)
			.cookie(ResponseCookie.from(ReturnPathRequestCache.COOKIE_NAME, value).build()));
	}

}
