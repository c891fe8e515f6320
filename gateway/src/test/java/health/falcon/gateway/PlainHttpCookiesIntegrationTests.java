package health.falcon.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import health.falcon.gateway.login.ReturnPathRequestCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The devstack serves plain HTTP and says so with
 * {@code server.reactive.session.cookie.secure=false} (devstack/components): then none of
 * the gateway's cookies is {@code Secure}, or a browser or HTTP client on
 * {@code http://localhost} would never send them back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "server.reactive.session.cookie.secure=false" })
class PlainHttpCookiesIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@Test
	void marksNoCookieSecureWhenTheDevstackTurnsItOff() {
		WebTestClient client = WebTestClient.bindToApplicationContext(this.context).configureClient().build();
		ResponseCookie csrf = client.get()
			.uri("/")
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		ResponseCookie returnTo = client.get()
			.uri("/settings")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst(ReturnPathRequestCache.COOKIE_NAME);
		SignInFlow.Started started = SignInFlow.start(client);
		ResponseCookie session = SignInFlow
			.callback(client, started.state(), started.loginCookie().getValue(), "user-1", started.nonce())
			.getResponseCookies()
			.getFirst("FALCON_SESSION");

		for (ResponseCookie cookie : new ResponseCookie[] { csrf, returnTo, started.loginCookie(), session }) {
			assertThat(cookie).isNotNull();
			assertThat(cookie.isSecure()).as(cookie.getName() + " Secure").isFalse();
		}
	}

}
