package health.falcon.ingest.sample;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.sync.SyncRunner;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Runs, leases, cursors, quarantine, token refresh and revocation against WireMock.
 */
class SyncRunIntegrationTests extends IngestIntegrationSupport {

	private static final String PAGE = "1,ride,100\n2,,150\n3,run,200\n4,walk,300";

	@Autowired
	private SyncRunner runner;

	@Autowired
	private AccessTokens tokens;

	@Test
	void writesRecordsAdvancesTheCursorAndQuarantinesWhatCannotBeMapped() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody(PAGE)));
		RunOutcome outcome = sync("alex");
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		Connection connection = connection("alex");
		assertThat(connection.getCursors()).containsEntry("records", "300");
		assertThat(connection.getCounts()).containsEntry("records", 3L);
		assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.ACTIVE);
		assertThat(connection.getLease()).isNull();
		assertThat(connection.getLastSuccessfulSyncAt()).isNotNull();
		assertThat(this.mongo.count(query(where("userId").is("alex")), AcmeConnector.RECORDS)).isEqualTo(3);
		assertThat(this.mongo.find(query(where("recordId").is("2")), Document.class, "quarantined_records"))
			.singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("reason", "record has no name")
				.containsEntry("runId", outcome.runId()));
		Document run = this.mongo.findById(outcome.runId(), Document.class, "sync_runs");
		assertThat(run).containsEntry("status", "SUCCEEDED")
			.containsEntry("recordsWritten", 3)
			.containsEntry("quarantined", 1)
			.containsEntry("trigger", "MANUAL");
		assertThat(this.mongo.getCollection("raw_payloads").countDocuments()).isOne();
		provider.verify(getRequestedFor(urlPathEqualTo("/api/records")).withHeader("Authorization",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer access")));
	}

	@Test
	void aRerunAfterACrashYieldsTheSameDataAndCursor() {
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody(PAGE)));
		connect("clean", "access", "refresh", START.plusSeconds(3600));
		sync("clean");
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		this.connector.failAfter(2);
		RunOutcome crashed = sync("alex");
		assertThat(crashed.status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(connection("alex").getCursors()).doesNotContainKey("records");
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.ERROR);
		assertThat(this.mongo.count(query(where("userId").is("alex")), AcmeConnector.RECORDS)).isEqualTo(2);
		this.connector.failAfter(-1);
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(records("alex")).isEqualTo(records("clean"));
		assertThat(connection("alex").getCursors()).isEqualTo(connection("clean").getCursors());
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.ACTIVE);
	}

	@Test
	void twoRunnersRacingForOneLeaseRunOnce() throws Exception {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("")));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.connector.beforeSync((context) -> {
			inside.countDown();
			await(release);
		});
		CompletableFuture<RunOutcome> first = CompletableFuture
			.supplyAsync(() -> this.runner.run("alex", "acme", SyncTrigger.SCHEDULE, this.connector::sync));
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
		RunOutcome second = this.runner.run("alex", "acme", SyncTrigger.SCHEDULE, this.connector::sync);
		release.countDown();
		assertThat(second.status()).isEqualTo(RunOutcome.Status.BUSY);
		assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(this.mongo.getCollection("sync_runs").countDocuments()).isOne();
	}

	@Test
	void anExpiredLeaseOfACrashedReplicaIsTakenOver() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("")));
		assertThat(this.store.tryLease(Connection.id("alex", "acme"), "crashed", START, Duration.ofMinutes(10)))
			.isNotNull();
		assertThat(this.runner.run("alex", "acme", SyncTrigger.SCHEDULE, this.connector::sync).status())
			.isEqualTo(RunOutcome.Status.BUSY);
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
	}

	@Test
	void refreshesADueTokenOnceForTwoThreadsAndStoresTheRotatedRefreshToken() throws Exception {
		connect("alex", "old-access", "old-refresh", START.plusSeconds(120));
		provider.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson("""
				{"token_type": "Bearer", "access_token": "new-access", "refresh_token": "new-refresh",
				 "expires_in": 21600}
				""").withFixedDelay(300)));
		CompletableFuture<String> one = CompletableFuture.supplyAsync(() -> accessToken("alex"));
		CompletableFuture<String> two = CompletableFuture.supplyAsync(() -> accessToken("alex"));
		assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo("new-access");
		assertThat(two.get(10, TimeUnit.SECONDS)).isEqualTo("new-access");
		provider.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
		provider.verify(postRequestedFor(urlPathEqualTo("/oauth/token"))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("refresh_token=old-refresh")));
		Connection connection = connection("alex");
		assertThat(this.cipher.decrypt(connection.getRefreshToken(), connection.getId())).isEqualTo("new-refresh");
		assertThat(this.cipher.decrypt(connection.getAccessToken(), connection.getId())).isEqualTo("new-access");
		assertThat(connection.getAccessTokenExpiresAt()).isEqualTo(START.plusSeconds(21600));
	}

	@Test
	void anInvalidGrantNeedsAReconnectAndStopsAllCalls() {
		connect("alex", "old-access", "old-refresh", START.plusSeconds(60));
		provider.stubFor(post(urlPathEqualTo("/oauth/token"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\": \"invalid_grant\"}")));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody(PAGE)));
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
		assertThat(connection("alex").getStatusReason()).isEqualTo("refresh-rejected");
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SKIPPED);
		provider.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
		provider.verify(0, getRequestedFor(urlPathEqualTo("/api/records")));
	}

	@Test
	void anUnauthorizedApiCallNeedsAReconnect() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withStatus(401)));
		RunOutcome outcome = sync("alex");
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
		assertThat(connection("alex").getStatusReason()).isEqualTo("api-unauthorized");
		assertThat(this.mongo.findById(outcome.runId(), Document.class, "sync_runs").get("errors").toString())
			.doesNotContain("access");
	}

	@Test
	void aRevocationByTheProviderDeletesTokensAndPurges() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody(PAGE)));
		sync("alex");
		assertThat(this.runner.userIdForAccount("acme", "athlete-alex")).contains("alex");
		this.runner.revokedByProvider("alex", "acme");
		Connection connection = connection("alex");
		assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.REVOKED);
		assertThat(connection.getAccessToken()).isNull();
		assertThat(connection.getRefreshToken()).isNull();
		assertThat(connection.getCursors()).isEmpty();
		assertThat(this.connector.purges()).isOne();
		assertThat(this.mongo.count(query(where("userId").is("alex")), AcmeConnector.RECORDS)).isZero();
		assertThat(this.mongo.getCollection("quarantined_records").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("raw_payloads").countDocuments()).isZero();
		assertThat(this.runner.userIdForAccount("acme", "athlete-alex")).isEmpty();
	}

	private RunOutcome sync(String user) {
		return this.runner.run(user, "acme", SyncTrigger.MANUAL, this.connector::sync);
	}

	private String accessToken(String user) {
		return this.tokens.accessToken(Connection.id(user, "acme"));
	}

	private List<String> records(String user) {
		return this.mongo.find(query(where("userId").is(user)), Document.class, AcmeConnector.RECORDS)
			.stream()
			.map((record) -> record.get("name") + "@" + record.get("at"))
			.sorted()
			.toList();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
