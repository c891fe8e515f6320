package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.APP_FOLDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook registration (challenge verification) and signed notifications with retries,
 * against a WireMock endpoint that behaves like the gateway's {@code /webhooks/dropbox}.
 */
@DropboxSandboxTest
@DirtiesContext
class DropboxWebhookIntegrationTests {

	private static final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

	@Autowired
	private MockMvcTester mvc;

	@BeforeAll
	static void start() {
		endpoint.start();
	}

	@AfterAll
	static void stop() {
		endpoint.stop();
	}

	@BeforeEach
	void setUp() {
		endpoint.resetAll();
		endpoint.stubFor(get(urlPathEqualTo("/webhooks/dropbox")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain")
			.withBody("{{request.query.challenge}}")
			.withTransformers("response-template")));
		endpoint.stubFor(post(urlPathEqualTo("/webhooks/dropbox")).willReturn(aResponse().withStatus(200)));
	}

	@AfterEach
	void tearDown() {
		this.mvc.delete().uri("/dropbox/sandbox/webhook").exchange();
		this.mvc.post().uri("/dropbox/sandbox/reset").exchange();
	}

	@Test
	void registrationEchoesTheChallengeAndChangesAreSignedNotifications() {
		String uri = endpoint.baseUrl() + "/webhooks/dropbox";
		assertThat(this.mvc.post().uri("/dropbox/sandbox/webhook").param("uri", uri).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.enabled")
			.isEqualTo(true);
		new DropboxFlow(this.mvc).put("demo", APP_FOLDER + "/new.csv", "x");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> !endpoint.findAll(postRequestedFor(urlPathEqualTo("/webhooks/dropbox"))).isEmpty());
		LoggedRequest notification = endpoint.findAll(postRequestedFor(urlPathEqualTo("/webhooks/dropbox"))).get(0);
		byte[] body = notification.getBody();
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"list_folder\":{\"accounts\":[\""
				+ DropboxAccounts.DEMO.accountId() + "\"]},\"delta\":{\"users\":[100001]}}");
		assertThat(notification.getHeader("X-Dropbox-Signature"))
			.isEqualTo(WebhookSignature.sign(DropboxFlow.APP_SECRET, body));
		assertThat(notification.getHeader("Content-Type")).startsWith("application/json");
	}

	@Test
	void anEndpointThatDoesNotEchoTheChallengeIsRefused() {
		endpoint
			.stubFor(get(urlPathEqualTo("/webhooks/careless")).willReturn(aResponse().withStatus(200).withBody("ok")));
		assertThat(this.mvc.post()
			.uri("/dropbox/sandbox/webhook")
			.param("uri", endpoint.baseUrl() + "/webhooks/careless")
			.exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/dropbox/sandbox/webhook").exchange()).bodyJson()
			.extractingPath("$.enabled")
			.isEqualTo(false);
	}

	@Test
	void failedDeliveriesAreRetriedABoundedNumberOfTimes() {
		String uri = endpoint.baseUrl() + "/webhooks/dropbox";
		this.mvc.post().uri("/dropbox/sandbox/webhook").param("uri", uri).exchange();
		endpoint.stubFor(post(urlPathEqualTo("/webhooks/dropbox")).willReturn(aResponse().withStatus(503)));
		new DropboxFlow(this.mvc).delete("alex", APP_FOLDER + "/withings/bp.csv");
		await().atMost(Duration.ofSeconds(10)).until(() -> deliveries().size() == 1);
		JsonNode delivery = deliveries().get(0);
		assertThat(delivery.get("delivered").asBoolean()).isFalse();
		assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
		assertThat(delivery.get("status").asInt()).isEqualTo(503);
		assertThat(endpoint.findAll(postRequestedFor(urlPathEqualTo("/webhooks/dropbox")))).hasSize(4);
	}

	private List<JsonNode> deliveries() {
		return DropboxFlow.body(this.mvc.get().uri("/dropbox/sandbox/webhook").exchange())
			.get("deliveries")
			.valueStream()
			.toList();
	}

}
