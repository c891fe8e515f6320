package health.falcon.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances, "blue" and "green", share sessions through a real Redis: a
 * sign-in started on blue is completed on green, as happens when a blue/green switch or a
 * replica change lands in the middle of it.
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
		StubServers.provider.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\"}")));
		EntityExchangeResult<Void> started = client(blue).get()
			.uri("/oauth2/authorization/falcon")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody(Void.class)
			.returnResult();
		ResponseCookie session = started.getResponseCookies().getFirst("FALCON_SESSION");
		URI authorize = started.getResponseHeaders().getLocation();
		String state = URLDecoder.decode(
				UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state"),
				StandardCharsets.UTF_8);

		assertThat(sessionKeys()).as("sessions stored in Redis").isNotEmpty();
		// Both colours sit behind the same public host name in production; so does the
		// callback here.
		client(green).get()
			.uri("/login/oauth2/code/falcon?code=abc&state={state}", state)
			.header("Host", "localhost:" + port(blue))
			.cookie("FALCON_SESSION", session.getValue())
			.exchange()
			.expectStatus()
			.isFound();

		// Green found blue's authorization request in Redis, so it went on to redeem the
		// code.
		StubServers.provider.verify(postRequestedFor(urlPathEqualTo("/oauth2/token")));
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
