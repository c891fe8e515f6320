package health.falcon.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public port exposes of the actuator (only the probes) and what stays on the
 * management port, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "falcon.release.colour=green", "falcon.release.version=2.0.0" })
class PublicPortIntegrationTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@Test
	void exposesReadinessAndLivenessOnThePublicPort() {
		WebTestClient publicPort = client(this.port);
		publicPort.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		publicPort.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void hidesOtherActuatorEndpointsFromThePublicPort() {
		WebTestClient publicPort = client(this.port);
		publicPort.get()
			.uri("/actuator/info")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(401, 404));
		publicPort.get()
			.uri("/actuator/prometheus")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(401, 404));
	}

	@Test
	void servesInfoWithReleaseOnTheManagementPort() {
		client(this.managementPort).get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.release.colour")
			.isEqualTo("green")
			.jsonPath("$.release.version")
			.isEqualTo("2.0.0");
	}

	private static WebTestClient client(int port) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

}
