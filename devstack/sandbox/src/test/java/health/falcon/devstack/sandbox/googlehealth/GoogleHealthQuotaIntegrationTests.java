package health.falcon.devstack.sandbox.googlehealth;

import java.time.Duration;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.googlehealth.GoogleHealthFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user quota: 429 RESOURCE_EXHAUSTED over the limit, fresh in the next minute.
 */
@GoogleHealthSandboxTest
@TestPropertySource(properties = "falcon.sandbox.google-health.quota.requests-per-minute=3")
class GoogleHealthQuotaIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	@Test
	void refusesRequestsOverTheQuotaUntilTheNextMinute() {
		this.clock.set(TestClock.START);
		GoogleHealthFlow flow = new GoogleHealthFlow(this.mvc);
		String token = flow.accessToken();
		for (int i = 0; i < 3; i++) {
			assertThat(flow.get("/google-health/v4/users/me/identity", token)).hasStatusOk();
		}
		MvcTestResult limited = flow.get("/google-health/v4/users/me/identity", token);
		assertThat(limited).hasStatus(429);
		JsonNode error = body(limited).get("error");
		assertThat(error.get("code").asInt()).isEqualTo(429);
		assertThat(error.get("status").asString()).isEqualTo("RESOURCE_EXHAUSTED");
		assertThat(error.at("/details/0/reason").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(flow.get("/google-health/v4/users/me/identity", token)).hasStatusOk();
	}

}
