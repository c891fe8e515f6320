package health.falcon.ingest.sample;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.oauth.ReconnectRequiredException;
import health.falcon.ingest.spi.ConnectionErrorException;
import health.falcon.ingest.spi.SyncTrigger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Connections whose credential is a secret the user supplied (provider {@code keyring}):
 * stored encrypted like tokens, handed to the connector, never refreshed, refused by the
 * OAuth endpoints, and ended with clear states.
 */
class CredentialConnectionIntegrationTests extends IngestIntegrationSupport {

	private static final String COOKIE = "session=abc123";

	@Test
	void storesTheCredentialEncryptedAndStartsABackfill() {
		AtomicReference<String> seen = new AtomicReference<>();
		this.keyring.onSync((context) -> {
			seen.set(context.credential());
			context.advance("days", "2026-03-10", 1);
		});
		this.runner.connectWithCredential("alex", "keyring", COOKIE, "user-42");
		await().untilAsserted(() -> assertThat(keyringConnection("alex").getLastRunStatus()).isEqualTo("SUCCEEDED"));
		assertThat(seen.get()).isEqualTo(COOKIE);
		Connection connection = keyringConnection("alex");
		assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.ACTIVE);
		assertThat(connection.getAccountId()).isEqualTo("user-42");
		assertThat(connection.getAccessToken()).isNotNull();
		assertThat(connection.getAccessToken().keyId()).isEqualTo("k2");
		assertThat(connection.getRefreshToken()).isNull();
		assertThat(connection.getAccessTokenExpiresAt()).isNull();
		assertThat(connection.getBackfill()).isNotNull();
		assertThat(connection.getBackfill().from()).isEqualTo(START.minus(Duration.ofDays(30)));
		assertThat(connection.getBackfill().completed()).isTrue();
		Document raw = this.mongo.findById("alex:keyring", Document.class, "connections");
		assertThat(raw).isNotNull();
		assertThat(raw.toJson()).doesNotContain("abc123");
		assertThat(this.cipher.decrypt(connection.getAccessToken(), "alex:keyring")).isEqualTo(COOKIE);
	}

	@Test
	void aCredentialConnectionHasNoOAuthAccessToken() {
		AtomicReference<Throwable> refused = new AtomicReference<>();
		this.keyring.onSync((context) -> {
			try {
				context.accessToken();
			}
			catch (UnsupportedOperationException ex) {
				refused.set(ex);
			}
		});
		this.runner.connectWithCredential("alex", "keyring", COOKIE, null);
		await().untilAsserted(() -> assertThat(refused.get()).isInstanceOf(UnsupportedOperationException.class)
			.hasMessageNotContaining("abc123"));
	}

	@Test
	void neverRefreshesTheCredentialHoweverLongAgoItWasStored() {
		this.runner.connectWithCredential("alex", "keyring", COOKIE, null);
		await().until(this.runner::idle);
		this.clock.set(START.plus(Duration.ofDays(400)));
		AtomicReference<String> seen = new AtomicReference<>();
		this.keyring.onSync((context) -> seen.set(context.credential()));
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(seen.get()).isEqualTo(COOKIE);
	}

	@Test
	void aPlainClientSendsTheConnectorsHeadersOnlyAndRetriesServerErrors() {
		this.runner.connectWithCredential("alex", "keyring", COOKIE, null);
		await().until(this.runner::idle);
		provider.stubFor(get(urlPathEqualTo("/www/page")).inScenario("flaky")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		provider.stubFor(get(urlPathEqualTo("/www/page")).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withBody("ok")));
		AtomicReference<String> body = new AtomicReference<>();
		this.keyring.onSync((context) -> body.set(context.client(provider.baseUrl() + "/www")
			.get()
			.uri("/page")
			.header("Cookie", context.credential())
			.retrieve()
			.body(String.class)));
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(body.get()).isEqualTo("ok");
		provider.verify(2, getRequestedFor(urlPathEqualTo("/www/page")).withHeader("Cookie", equalTo(COOKIE))
			.withHeader("Authorization", absent()));
		assertThat(this.sleeper.waits()).hasSize(1);
	}

	@Test
	void anExpiredSessionNeedsAReconnectAndStopsFurtherRuns() {
		this.runner.connectWithCredential("alex", "keyring", COOKIE, null);
		await().until(this.runner::idle);
		this.keyring.onSync((context) -> {
			throw new ReconnectRequiredException("session-expired");
		});
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.FAILED);
		Connection connection = keyringConnection("alex");
		assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
		assertThat(connection.getStatusReason()).isEqualTo("session-expired");
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SKIPPED);
		this.keyring.reset();
		this.runner.connectWithCredential("alex", "keyring", "session=fresh", null);
		await()
			.untilAsserted(() -> assertThat(keyringConnection("alex").getStatus()).isEqualTo(ConnectionStatus.ACTIVE));
		assertThat(keyringConnection("alex").getStatusReason()).isNull();
	}

	@Test
	void anAccountTheUserMustFixEndsInErrorWithItsReason() {
		this.runner.connectWithCredential("alex", "keyring", COOKIE, null);
		await().until(this.runner::idle);
		this.keyring.onSync((context) -> {
			throw new ConnectionErrorException("diary-private");
		});
		RunOutcome outcome = sync("alex");
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
		RestTestClientResponse view = call(HttpMethod.GET, "/api/connections/keyring", "alex");
		assertThat(view).bodyJson().extractingPath("$.status").isEqualTo("ERROR");
		assertThat(view).bodyJson().extractingPath("$.statusReason").isEqualTo("diary-private");
		assertThat(this.mongo.findById(outcome.runId(), Document.class, "sync_runs").getList("errors", String.class))
			.containsExactly("Connection error: diary-private");
		this.keyring.reset();
		assertThat(sync("alex").status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(keyringConnection("alex").getStatusReason()).isNull();
	}

	@Test
	void theOAuthEndpointsRefuseACredentialProvider() {
		for (String path : new String[] { "/api/connections/keyring/authorize",
				"/api/connections/keyring/callback?code=c&state=s" }) {
			RestTestClientResponse response = call(HttpMethod.GET, path, "alex");
			assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://falcon.health/problems/oauth-not-supported");
		}
	}

	@Test
	void refusesACredentialForAnOAuthProvider() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.runner.connectWithCredential("alex", "acme", "x", null));
		assertThat(this.connections.findConnection("alex", "acme")).isEmpty();
	}

	@Test
	void disconnectDeletesTheCredential() {
		this.runner.connectWithCredential("alex", "keyring", COOKIE, null);
		await().until(this.runner::idle);
		assertThat(call(HttpMethod.DELETE, "/api/connections/keyring?purge=true", "alex")).hasStatus(204);
		Connection connection = keyringConnection("alex");
		assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(connection.getAccessToken()).isNull();
	}

	private RunOutcome sync(String userId) {
		return this.runner.submit(userId, "keyring", SyncTrigger.MANUAL).join();
	}

	private Connection keyringConnection(String userId) {
		return this.connections.findConnection(userId, "keyring").orElseThrow();
	}

	private RestTestClientResponse call(HttpMethod method, String path, String user) {
		return RestTestClientResponse
			.from(this.client.method(method).uri(path).headers((headers) -> headers.addAll(auth(user))).exchange());
	}

}
