package health.falcon.kit.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "falcon.release.colour=green", "falcon.release.version=1.2.3" })
@AutoConfigureRestTestClient
@Import(TestTokenConfiguration.class)
class SampleApplicationIntegrationTests {

	@Autowired
	private RestTestClient client;

	@LocalManagementPort
	private int managementPort;

	@Test
	void answersTheProbesOnTheMainPortWithoutToken() {
		assertThat(get("/livez")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(get("/readyz")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
	}

	@Test
	void servesNoActuatorEndpointOnTheMainPort() {
		for (String path : List.of("/actuator/info", "/actuator/prometheus", "/actuator/health", "/actuator")) {
			assertThat(get(path)).as(path).hasStatus(404);
			assertThat(getWithToken(path)).as(path).hasStatus(404);
		}
	}

	@Test
	void exposesHealthAndProbesOnTheManagementPortWithoutToken() {
		assertThat(management("/actuator/health")).hasStatusOk();
		assertThat(management("/actuator/health/liveness")).hasStatusOk();
		assertThat(management("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void exposesReleaseInInfoOnTheManagementPortWithoutToken() {
		RestTestClientResponse response = management("/actuator/info");
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$.release.colour").isEqualTo("green");
		assertThat(response).bodyJson().extractingPath("$.release.version").isEqualTo("1.2.3");
	}

	@Test
	void exposesPrometheusOnTheManagementPortWithoutToken() {
		assertThat(management("/actuator/prometheus")).hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
	}

	@Test
	void doesNotExposeOtherEndpoints() {
		assertThat(management("/actuator/env")).hasStatus(404);
	}

	@Test
	void addsTheReleaseHeaderToEveryResponse() {
		assertThat(get("/readyz")).hasHeader("X-Falcon-Release", "1.2.3/green");
		assertThat(get("/sample/me")).hasStatus(401).hasHeader("X-Falcon-Release", "1.2.3/green");
	}

	@Test
	void rendersContainerErrorsAsProblems() {
		RestTestClientResponse response = getWithToken("/sample/send-error");
		assertThat(response).hasStatus(503).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/service-unavailable");
		assertThat(response).bodyJson().extractingPath("$.instance").isEqualTo("/sample/send-error");
	}

	@Test
	void answersAnUnknownPathWithANotFoundProblem() {
		RestTestClientResponse response = getWithToken("/no/such/path");
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
	}

	@Test
	void hidesTheCauseOfAnUnexpectedError() {
		RestTestClientResponse response = getWithToken("/sample/boom");
		assertThat(response).hasStatus(500);
		assertThat(response).bodyText().doesNotContain("hunter2").doesNotContain("at health.falcon");
	}

	@Test
	void rejectsAnInvalidTokenWithAnUnauthenticatedProblem() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/sample/me").header(HttpHeaders.AUTHORIZATION, "Bearer invalid").exchange());
		assertThat(response).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).headers()
			.hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
					(values) -> assertThat(values.get(0)).startsWith("Bearer").contains("invalid_token"));
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated");
	}

	private RestTestClientResponse get(String path) {
		return RestTestClientResponse.from(this.client.get().uri(path).exchange());
	}

	private RestTestClientResponse management(String path) {
		RestTestClient management = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build();
		return RestTestClientResponse.from(management.get().uri(path).exchange());
	}

	private RestTestClientResponse getWithToken(String path) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer demo").exchange());
	}

}
