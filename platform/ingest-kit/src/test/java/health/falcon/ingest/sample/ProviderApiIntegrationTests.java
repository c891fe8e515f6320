package health.falcon.ingest.sample;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.sync.SyncRunner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code api()} client: the shared rate budget (usage headers, 429) and bounded
 * retries of transient faults, with a recording sleeper instead of real waits.
 */
class ProviderApiIntegrationTests extends IngestIntegrationSupport {

	private static final Instant NEXT_QUARTER = Instant.parse("2026-03-10T10:15:00Z");

	@Autowired
	private SyncRunner runner;

	@Test
	void waitsForTheWindowWhenTheUsageHeadersShowItSpent() {
		connect("alex", "access", "refresh", START.plusSeconds(7200));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("")
			.withHeader("X-RateLimit-Limit", "100,1000")
			.withHeader("X-RateLimit-Usage", "98,10")));
		assertThat(sync().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(this.sleeper.waits()).isEmpty();
		assertThat(sync().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(this.sleeper.waits()).containsExactly(Duration.between(START, NEXT_QUARTER));
		provider.verify(2, getRequestedFor(urlPathEqualTo("/api/records")));
	}

	@Test
	void defersTheRunWhenTheDailyWindowIsSpent() {
		connect("alex", "access", "refresh", START.plusSeconds(7200));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("")
			.withHeader("X-RateLimit-Limit", "100,1000")
			.withHeader("X-RateLimit-Usage", "10,999")));
		sync();
		RunOutcome deferred = sync();
		assertThat(deferred.status()).isEqualTo(RunOutcome.Status.DEFERRED);
		assertThat(this.sleeper.waits()).isEmpty();
		assertThat(connection("alex").getLastRunStatus()).isEqualTo("DEFERRED");
		provider.verify(1, getRequestedFor(urlPathEqualTo("/api/records")));
	}

	@Test
	void waitsAfterA429AndTriesAgain() {
		connect("alex", "access", "refresh", START.plusSeconds(7200));
		provider.stubFor(get(urlPathEqualTo("/api/records")).inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("X-RateLimit-Limit", "100,1000")
				.withHeader("X-RateLimit-Usage", "100,50"))
			.willSetStateTo("reset"));
		provider.stubFor(get(urlPathEqualTo("/api/records")).inScenario("429")
			.whenScenarioStateIs("reset")
			.willReturn(aResponse().withBody("1,ride,100")));
		assertThat(sync().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(this.sleeper.waits()).containsExactly(Duration.between(START, NEXT_QUARTER));
		provider.verify(2, getRequestedFor(urlPathEqualTo("/api/records")));
	}

	@Test
	void handsTheBodyOfA429ToThePolicy() {
		connect("alex", "access", "refresh", START.plusSeconds(7200));
		provider.stubFor(get(urlPathEqualTo("/api/records")).inScenario("429 body")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withBody("wait 30"))
			.willSetStateTo("reset"));
		provider.stubFor(get(urlPathEqualTo("/api/records")).inScenario("429 body")
			.whenScenarioStateIs("reset")
			.willReturn(aResponse().withBody("1,ride,100")));
		assertThat(sync().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(this.sleeper.waits()).containsExactly(Duration.ofSeconds(30));
	}

	@Test
	void retriesServerErrorsAResetAndATimeoutWithBackoff() {
		connect("alex", "access", "refresh", START.plusSeconds(7200));
		failThenSucceed(aResponse().withStatus(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
				aResponse().withBody("").withFixedDelay(6500));
		assertThat(sync().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		provider.verify(4, getRequestedFor(urlPathEqualTo("/api/records")));
		// the JDK client itself repeats a GET once after a reset, so that fault may cost
		// no backoff of ours
		assertThat(this.sleeper.waits()).hasSizeBetween(2, 3);
		assertThat(this.sleeper.waits().get(0)).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
		assertThat(this.sleeper.waits().get(1)).isGreaterThan(this.sleeper.waits().get(0));
	}

	@Test
	void givesUpAfterTheBoundedAttempts() {
		connect("alex", "access", "refresh", START.plusSeconds(7200));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withStatus(502)));
		RunOutcome outcome = sync();
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
		provider.verify(4, getRequestedFor(urlPathEqualTo("/api/records")));
		assertThat(this.sleeper.waits()).hasSize(3);
		assertThat(connection("alex").getStatusReason()).isEqualTo("sync-failed");
	}

	private void failThenSucceed(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... failures) {
		String state = Scenario.STARTED;
		for (int i = 0; i < failures.length; i++) {
			provider.stubFor(get(urlPathEqualTo("/api/records")).inScenario("faults")
				.whenScenarioStateIs(state)
				.willReturn(failures[i])
				.willSetStateTo("after-" + i));
			state = "after-" + i;
		}
		provider.stubFor(get(urlPathEqualTo("/api/records")).inScenario("faults")
			.whenScenarioStateIs(state)
			.willReturn(aResponse().withBody("1,ride,100")));
	}

	private RunOutcome sync() {
		return this.runner.run("alex", "acme", SyncTrigger.MANUAL, this.connector::sync);
	}

}
