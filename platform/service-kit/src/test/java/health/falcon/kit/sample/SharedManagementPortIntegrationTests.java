package health.falcon.kit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that forgets to give the actuator its own port still publishes only health:
 * info and prometheus on the main port need a token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=")
@AutoConfigureRestTestClient
class SharedManagementPortIntegrationTests {

	@Autowired
	private RestTestClient client;

	@Test
	void keepsHealthPublic() {
		assertThat(get("/actuator/health")).hasStatusOk();
		assertThat(get("/readyz")).hasStatusOk();
	}

	@Test
	void refusesInfoAndPrometheusWithoutToken() {
		assertThat(get("/actuator/info")).hasStatus(401);
		assertThat(get("/actuator/prometheus")).hasStatus(401);
	}

	private RestTestClientResponse get(String path) {
		return RestTestClientResponse.from(this.client.get().uri(path).exchange());
	}

}
