package health.falcon.devstack.sandbox.googlehealth;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static health.falcon.devstack.sandbox.googlehealth.GoogleHealthFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribers against a WireMock endpoint that behaves like fitbit-service's
 * {@code /webhooks/google-health}: the verification handshake, and signed notifications
 * pushed by the sandbox route.
 */
@GoogleHealthSandboxTest
@DirtiesContext
class GoogleHealthNotificationIntegrationTests {

	private static final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

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
		this.clock.set(TestClock.START);
		endpoint.resetAll();
		endpoint.stubFor(post(urlEqualTo("/webhooks/google-health")).atPriority(1)
			.withHeader("Authorization", equalTo("Bearer s3cr3t"))
			.withRequestBody(containing("verification"))
			.willReturn(aResponse().withStatus(201)));
		endpoint.stubFor(post(urlEqualTo("/webhooks/google-health")).atPriority(2)
			.withHeader("Authorization", absent())
			.withRequestBody(containing("verification"))
			.willReturn(aResponse().withStatus(401)));
		endpoint.stubFor(post(urlEqualTo("/webhooks/google-health")).atPriority(3)
			.withHeader("X-HEALTHAPI-SIGNATURE", containing(""))
			.willReturn(aResponse().withStatus(204)));
		endpoint.stubFor(post(urlEqualTo("/webhooks/careless")).willReturn(aResponse().withStatus(200)));
	}

	@Test
	void createVerifiesTheEndpointAndNotificationsAreSigned() throws Exception {
		MvcTestResult created = subscribe("/webhooks/google-health", "falcon-sub");
		assertThat(created).hasStatusOk();
		JsonNode operation = body(created);
		assertThat(operation.get("done").asBoolean()).isTrue();
		assertThat(operation.at("/response/name").asString()).isEqualTo("projects/falcon/subscribers/falcon-sub");
		List<LoggedRequest> handshake = endpoint.findAll(postRequestedFor(urlEqualTo("/webhooks/google-health")));
		assertThat(handshake).hasSize(2);
		assertThat(handshake.get(0).getBodyAsString()).isEqualTo("{\"type\":\"verification\"}");
		assertThat(handshake.get(1).containsHeader("Authorization")).isFalse();

		MvcTestResult pushed = this.mvc.post()
			.uri("/google-health/sandbox/users/1234567890/changes")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"dataType\":\"steps\",\"startTime\":\"2026-11-20T06:00:00Z\",\"endTime\":\"2026-11-20T06:15:00Z\"}")
			.exchange();
		assertThat(pushed).hasStatusOk();
		assertThat(body(pushed).at("/deliveries/0/status").asInt()).isEqualTo(204);
		List<LoggedRequest> all = endpoint.findAll(postRequestedFor(urlEqualTo("/webhooks/google-health")));
		LoggedRequest notification = all.get(all.size() - 1);
		assertThat(notification.containsHeader("Authorization")).isFalse();
		JsonNode data = json.readTree(notification.getBodyAsString()).get("data");
		assertThat(data.get("healthUserId").asString()).isEqualTo("1234567890");
		assertThat(data.get("dataType").asString()).isEqualTo("steps");
		assertThat(data.get("operation").asString()).isEqualTo("UPSERT");
		assertThat(data.at("/intervals/0/physicalTimeInterval/startTime").asString()).isEqualTo("2026-11-20T06:00:00Z");
		assertThat(data.at("/intervals/0/civilIso8601TimeInterval/startTime").asString()).isEqualTo("2026-11-20T07:00");
		assertThat(verify(notification)).isTrue();
	}

	@Test
	void anEndpointThatAcceptsAnyoneFailsVerification() {
		MvcTestResult result = subscribe("/webhooks/careless", "careless");
		assertThat(result).hasStatus(400);
		assertThat(body(result).at("/error/status").asString()).isEqualTo("FAILED_PRECONDITION");
	}

	private MvcTestResult subscribe(String path, String id) {
		return this.mvc.post()
			.uri("/google-health/v4/projects/falcon/subscribers?subscriberId=" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endpointUri\":\"" + endpoint.baseUrl() + path + "\",\"subscriberConfigs\":[{\"dataTypes\":"
					+ "[\"sleep\",\"steps\"],\"subscriptionCreatePolicy\":\"AUTOMATIC\"}],"
					+ "\"endpointAuthorization\":{\"secret\":\"Bearer s3cr3t\"}}")
			.exchange();
	}

	private boolean verify(LoggedRequest notification) throws Exception {
		String pem = body(this.mvc.get().uri("/google-health/sandbox/signing-key").exchange()).get("publicKeyPem")
			.asString();
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		PublicKey key = KeyFactory.getInstance("EC")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initVerify(key);
		signature.update(notification.getBody());
		return signature.verify(Base64.getDecoder().decode(notification.getHeader("X-HEALTHAPI-SIGNATURE")));
	}

}
