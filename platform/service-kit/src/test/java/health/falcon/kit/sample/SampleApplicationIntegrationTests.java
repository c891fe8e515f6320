package health.falcon.kit.sample;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "falcon.release.colour=green", "falcon.release.version=1.2.3" })
@AutoConfigureRestTestClient
class SampleApplicationIntegrationTests {

	@Autowired
	private RestTestClient client;

	@Test
	void exposesHealthAndProbesWithoutToken() {
		assertThat(get("/actuator/health")).hasStatusOk();
		assertThat(get("/actuator/health/liveness")).hasStatusOk();
		assertThat(get("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void exposesReleaseInInfoWithoutToken() {
		RestTestClientResponse response = get("/actuator/info");
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$.release.colour").isEqualTo("green");
		assertThat(response).bodyJson().extractingPath("$.release.version").isEqualTo("1.2.3");
	}

	@Test
	void exposesPrometheusWithoutToken() {
		assertThat(get("/actuator/prometheus")).hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
	}

	@Test
	void doesNotExposeOtherEndpoints() {
		assertThat(getWithToken("/actuator/env")).hasStatus(404);
	}

	@Test
	void addsTheReleaseHeaderToEveryResponse() {
		assertThat(get("/actuator/health")).hasHeader("X-Falcon-Release", "1.2.3/green");
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

	private RestTestClientResponse getWithToken(String path) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer demo").exchange());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TokenConfiguration {

		@Bean
		JwtDecoder testJwtDecoder() {
			return (token) -> {
				if (token.startsWith("invalid")) {
					throw new BadJwtException("Malformed token");
				}
				return Jwt.withTokenValue(token)
					.header("alg", "none")
					.subject(token)
					.issuedAt(Instant.now())
					.expiresAt(Instant.now().plusSeconds(60))
					.build();
			};
		}

	}

}
