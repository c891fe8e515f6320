package health.falcon.gateway;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack from issue 10: ten thousand anonymous {@code /oauth2/authorization/falcon}
 * requests used to fill the in-memory session store (capped at 10,000 sessions), after
 * which {@code /login} answered 500 for everyone. Now no anonymous request stores a
 * session, and a real user signs in afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "server.reactive.session.max-sessions=10000" })
class AnonymousSessionFloodIntegrationTests {

	private static final int FLOOD = 10_000;

	@Autowired
	private ApplicationContext context;

	private WebTestClient client;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.client = WebTestClient.bindToApplicationContext(this.context).configureClient().build();
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void tenThousandAnonymousSignInStartsStoreNoSessionAndARealUserStillSignsIn() {
		for (int i = 0; i < FLOOD; i++) {
			this.client.get().uri("/oauth2/authorization/falcon").exchange().expectStatus().isFound();
		}

		assertThat(sessions().size()).as("stored sessions").isZero();
		this.client.get().uri("/login").exchange().expectStatus().isFound();
		SignInFlow.signIn(this.client, "user-1");
		assertThat(sessions().size()).as("stored sessions").isOne();
	}

	@Test
	void noOtherAnonymousRequestStoresASession() {
		StubServers.fitness.stubFor(post(urlPathEqualTo("/webhooks/strava")).willReturn(aResponse().withStatus(200)));
		int before = sessions().size();
		for (int i = 0; i < 20; i++) {
			this.client.get().uri("/").exchange().expectStatus().isOk();
			this.client.get().uri("/settings").accept(MediaType.TEXT_HTML).exchange().expectStatus().isFound();
			this.client.get().uri("/login?returnTo=/settings").exchange().expectStatus().isFound();
			this.client.get().uri("/login").exchange().expectStatus().isFound();
			this.client.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
			this.client.post().uri("/api/me/settings").exchange().expectStatus().isForbidden();
			this.client.post().uri("/logout").exchange().expectStatus().isForbidden();
			this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
			this.client.get().uri("/login/oauth2/code/falcon?code=x&state=y").exchange().expectStatus().isFound();
			this.client.post().uri("/webhooks/strava").bodyValue("{}").exchange().expectStatus().isOk();
		}

		assertThat(sessions().size()).as("stored sessions").isEqualTo(before);
	}

	private Map<String, WebSession> sessions() {
		DefaultWebSessionManager manager = this.context.getBean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME,
				DefaultWebSessionManager.class);
		return ((InMemoryWebSessionStore) manager.getSessionStore()).getSessions();
	}

}
