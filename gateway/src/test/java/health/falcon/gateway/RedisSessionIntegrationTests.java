package health.falcon.gateway;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances, "blue" and "green", share sessions through a real Redis: a
 * sign-in started on blue is completed on green, as happens when a blue/green switch or a
 * replica change lands in the middle of it (the authorization request travels in a cookie
 * sealed with the key both share), and anonymous requests write nothing to Redis.
 */
class RedisSessionIntegrationTests {

	private static RedisServerProcess redis;

	private static ConfigurableApplicationContext blue;

	private static ConfigurableApplicationContext green;

	@BeforeAll
	static void start() {
		redis = RedisServerProcess.start();
		blue = gateway("blue");
		green = gateway("green");
	}

	@AfterAll
	static void stop() {
		if (green != null) {
			green.close();
		}
		if (blue != null) {
			blue.close();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@Test
	void continuesASignInStartedOnBlueOnGreen() {
		SignInFlow.Started started = SignInFlow.start(client(blue));
		assertThat(started.loginCookie()).as("authorization request cookie").isNotNull();

		// Both colours sit behind the same public host name in production; so does the
		// callback here.
		WebTestClient greenAsBlue = client(green).mutate().defaultHeader("Host", "localhost:" + port(blue)).build();
		EntityExchangeResult<Void> completed = SignInFlow.callback(greenAsBlue, started.state(),
				started.loginCookie().getValue(), "user-1", started.nonce());

		// Green opened blue's authorization request cookie with the shared key and
		// redeemed the code. The session it created lives in Redis, so blue knows it.
		assertThat(completed.getStatus().value()).isEqualTo(302);
		assertThat(completed.getResponseHeaders().getLocation()).hasToString("/");
		ResponseCookie session = completed.getResponseCookies().getFirst("FALCON_SESSION");
		assertThat(session).isNotNull();
		StubServers.backend.stubFor(get(urlPathEqualTo("/api/me")).willReturn(okJson("{\"sub\":\"user-1\"}")));
		client(blue).get().uri("/api/me").cookie("FALCON_SESSION", session.getValue()).exchange().expectStatus().isOk();
	}

	@Test
	void storesNothingInRedisForAnonymousRequests() {
		List<String> before = sessionKeys();
		WebTestClient anonymous = client(blue);
		for (int i = 0; i < 25; i++) {
			anonymous.get().uri("/oauth2/authorization/falcon").exchange().expectStatus().isFound();
			anonymous.get().uri("/settings").accept(MediaType.TEXT_HTML).exchange().expectStatus().isFound();
			anonymous.get().uri("/login?returnTo=/settings").exchange().expectStatus().isFound();
			anonymous.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
		}

		assertThat(sessionKeys()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void storesNothingInRedisForAnonymousWebhookCalls() {
		StubServers.fitness.stubFor(post(urlPathEqualTo("/webhooks/strava")).willReturn(aResponse().withStatus(200)));
		List<String> before = sessionKeys();
		for (int i = 0; i < 25; i++) {
			client(blue).post().uri("/webhooks/strava").bodyValue("{}").exchange().expectStatus().isOk();
		}

		// Spring Cloud Gateway's SaveSession wrote one empty session per call.
		assertThat(sessionKeys()).containsExactlyInAnyOrderElementsOf(before);
	}

	private static ConfigurableApplicationContext gateway(String colour) {
		// command-line arguments, so that they win over application.yaml
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--management.server.port=0", "--falcon.release.colour=" + colour,
						"--falcon.gateway.session.store=redis", "--spring.data.redis.port=" + redis.port()));
		arguments.addAll(StubServers.arguments());
		return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port(context)).build();
	}

	private static List<String> sessionKeys() {
		ReactiveRedisConnectionFactory redisConnections = blue.getBean(ReactiveRedisConnectionFactory.class);
		return new ReactiveStringRedisTemplate(redisConnections).keys("spring:session:*").collectList().block();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
