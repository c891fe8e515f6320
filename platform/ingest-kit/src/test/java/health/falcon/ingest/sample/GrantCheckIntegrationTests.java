package health.falcon.ingest.sample;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import health.falcon.ingest.api.GrantCheck;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code checkGrant} (only the provider's refusal proves a grant gone) and
 * {@code runAll}, against WireMock.
 */
class GrantCheckIntegrationTests extends IngestIntegrationSupport {

	private static final Consumer<SyncContext> PROBE = (
			context) -> context.api().get().uri("/records?after=0").retrieve().toBodilessEntity();

	@Test
	void aGrantWhoseRefreshAndProbeWorkIsValidAndKeepsItsConnection() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		stubRefresh(okJson("""
				{"token_type": "Bearer", "access_token": "new-access", "refresh_token": "new-refresh",
				 "expires_in": 21600}
				"""));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("")));
		assertThat(check("alex")).isEqualTo(GrantCheck.VALID);
		provider.verify(postRequestedFor(urlPathEqualTo("/oauth/token"))
			.withRequestBody(containing("grant_type=refresh_token")));
		Connection connection = connection("alex");
		assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.ACTIVE);
		assertThat(this.cipher.decrypt(connection.getRefreshToken(), connection.getId())).isEqualTo("new-refresh");
	}

	@Test
	void aRefusedForcedRefreshProvesTheGrantGoneWithoutPurgingAnything() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		stubRefresh(aResponse().withStatus(400).withBody("{\"error\": \"invalid_grant\"}"));
		assertThat(check("alex")).isEqualTo(GrantCheck.REVOKED);
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
		assertThat(this.connector.purges()).isZero();
		provider.verify(0, getRequestedFor(urlPathEqualTo("/api/records")));
	}

	@Test
	void aRefreshRefusingOurClientConfirmsNothing() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		stubRefresh(aResponse().withStatus(401).withBody("{\"error\": \"invalid_client\"}"));
		assertThat(check("alex")).isEqualTo(GrantCheck.UNCONFIRMED);
		assertThat(connection("alex").getStatusReason()).isEqualTo("client-rejected");
		assertThat(this.connector.purges()).isZero();
	}

	@Test
	void aProbeRefusedWith401ProvesTheGrantGone() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		stubRefresh(okJson("""
				{"token_type": "Bearer", "access_token": "new-access", "refresh_token": "new-refresh",
				 "expires_in": 21600}
				"""));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withStatus(401)));
		assertThat(check("alex")).isEqualTo(GrantCheck.REVOKED);
		assertThat(connection("alex").getStatusReason()).isEqualTo("api-unauthorized");
	}

	@Test
	void aFailingTokenEndpointConfirmsNothing() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		stubRefresh(aResponse().withStatus(503));
		assertThat(check("alex")).isEqualTo(GrantCheck.UNCONFIRMED);
		assertThat(connection("alex").getStatus()).isNotEqualTo(ConnectionStatus.NEEDS_RECONNECT);
		assertThat(connection("alex").getAccessToken()).isNotNull();
	}

	@Test
	void aConnectionThatCannotSyncConfirmsNothingAndCostsNoCall() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		this.store.needsReconnect(Connection.id("alex", "acme"), "api-unauthorized", START);
		assertThat(check("alex")).isEqualTo(GrantCheck.UNCONFIRMED);
		assertThat(check("nobody")).isEqualTo(GrantCheck.UNCONFIRMED);
		provider.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
	}

	@Test
	void runAllRunsTheWorkForEveryUsableConnectionAndRecordsDeletions() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		connect("sam", "access", "refresh", START.plusSeconds(3600));
		connect("gone", "access", "refresh", START.plusSeconds(3600));
		this.store.needsReconnect(Connection.id("gone", "acme"), "refresh-rejected", START);
		List<RunOutcome> outcomes = this.runner.runAll("acme", SyncTrigger.SCHEDULE,
				(context) -> context.recordDeleted(2));
		assertThat(outcomes).hasSize(2)
			.allSatisfy((outcome) -> assertThat(outcome.status()).isEqualTo(RunOutcome.Status.SUCCEEDED));
		assertThat(outcomes)
			.allSatisfy((outcome) -> assertThat(this.mongo.findById(outcome.runId(), Document.class, "sync_runs"))
				.containsEntry("deleted", 2)
				.containsEntry("trigger", "SCHEDULE"));
	}

	@Test
	void aRunStoredBeforeDeletionsWereCountedShowsNone() {
		this.mongo.insert(new Document("_id", "old-run").append("userId", "alex")
			.append("provider", "acme")
			.append("trigger", "SCHEDULE")
			.append("startedAt", Date.from(START))
			.append("status", "SUCCEEDED")
			.append("recordsWritten", 4)
			.append("quarantined", 0)
			.append("errors", List.of()), "sync_runs");
		RestTestClientResponse runs = RestTestClientResponse.from(this.client.get()
			.uri("/api/connections/acme/runs")
			.headers((headers) -> headers.addAll(auth("alex")))
			.exchange());
		assertThat(runs).hasStatusOk();
		assertThat(runs).bodyJson().extractingPath("$[0].deleted").isEqualTo(0);
		assertThat(runs).bodyJson().extractingPath("$[0].recordsWritten").isEqualTo(4);
	}

	private GrantCheck check(String user) {
		return this.runner.checkGrant(user, "acme", SyncTrigger.WEBHOOK, PROBE);
	}

	private static void stubRefresh(ResponseDefinitionBuilder response) {
		provider.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(response));
	}

}
