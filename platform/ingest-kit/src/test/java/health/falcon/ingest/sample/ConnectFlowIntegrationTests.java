package health.falcon.ingest.sample;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.spi.SyncTrigger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The connect flow end to end against a WireMock provider, including every attack on
 * {@code state}.
 */
class ConnectFlowIntegrationTests extends IngestIntegrationSupport {

	@Test
	void redirectsToTheProviderWithSignedStatePkceAndItsConventions() {
		URI location = authorize("alex");
		Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
		assertThat(location.toString()).startsWith("http://localhost:" + provider.port() + "/oauth/authorize?");
		assertThat(query).containsEntry("client_id", "acme-client")
			.containsEntry("response_type", "code")
			.containsEntry("approval_prompt", "auto")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "code_challenge");
		assertThat(decode(query.get("scope"))).isEqualTo("read,activity:read_all");
		assertThat(decode(query.get("redirect_uri"))).isEqualTo("http://localhost:8080/api/connections/acme/callback");
		assertThat(this.mongo.getCollection("oauth_states").countDocuments()).isOne();
	}

	@Test
	void letsTheDatabaseForgetAnAbandonedFlowOnceItExpired() {
		authorize("alex");
		assertThat(this.mongo.getCollection("oauth_states").listIndexes())
			.anySatisfy((index) -> assertThat(index).containsEntry("key", new Document("expiresAt", 1))
				.containsEntry("expireAfterSeconds", 0L));
	}

	@Test
	void connectsStoresEncryptedTokensAndStartsTheBackfill() {
		stubTokenEndpoint();
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("1,ride,100")));
		String state = stateFrom(authorize("alex"));
		URI result = callback("alex", state, "read,activity:read_all");
		assertThat(result).hasToString("http://localhost:8080/connections?provider=acme&result=connected");
		Connection connection = connection("alex");
		assertThat(connection.getStatus()).isIn(ConnectionStatus.ACTIVE, ConnectionStatus.SYNCING);
		assertThat(connection.getAccountId()).isEqualTo("4242");
		assertThat(connection.getGrantedScopes()).containsExactlyInAnyOrder("read", "activity:read_all");
		assertThat(connection.getAccessToken().keyId()).isEqualTo("k2");
		assertThat(connection.getAccessToken().ciphertext()).doesNotContain("access-1");
		assertThat(this.cipher.decrypt(connection.getRefreshToken(), connection.getId())).isEqualTo("refresh-1");
		assertThat(connection.getAccessTokenExpiresAt()).isEqualTo(START.plusSeconds(21600));
		provider.verify(postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(containing("code=the-code"))
			.withRequestBody(containing("client_secret=acme-secret"))
			.withRequestBody(containing("code_verifier=")));
		await().untilAsserted(() -> assertThat(
				this.mongo.find(query(where("trigger").is(SyncTrigger.BACKFILL).and("status").is("SUCCEEDED")),
						Document.class, "sync_runs"))
			.hasSize(1));
	}

	@Test
	void refusesAConnectionWithoutTheRequiredScope() {
		stubTokenEndpoint();
		URI result = callback("alex", stateFrom(authorize("alex")), "read");
		assertThat(result)
			.hasToString("http://localhost:8080/connections?provider=acme&result=error&reason=missing-scope");
		assertThat(this.connections.findConnection("alex", "acme")).isEmpty();
		provider.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
	}

	@Test
	void reportsADeniedAuthorization() {
		String state = stateFrom(authorize("alex"));
		URI result = redirect("/api/connections/acme/callback?state=" + state + "&error=access_denied", "alex");
		assertThat(result).hasToString("http://localhost:8080/connections?provider=acme&result=denied");
		assertThat(this.connections.findConnection("alex", "acme")).isEmpty();
	}

	@Test
	void refusesAForgedState() {
		stubTokenEndpoint();
		String state = stateFrom(authorize("alex"));
		String forged = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");
		assertInvalidState(callback("alex", forged, "read,activity:read_all"));
	}

	@Test
	void refusesAnExpiredState() {
		stubTokenEndpoint();
		String state = stateFrom(authorize("alex"));
		this.clock.advance(Duration.ofMinutes(11));
		assertInvalidState(callback("alex", state, "read,activity:read_all"));
	}

	@Test
	void refusesAReplayedState() {
		stubTokenEndpoint();
		String state = stateFrom(authorize("alex"));
		callback("alex", state, "read,activity:read_all");
		this.mongo.remove(new Query(), "connections");
		URI replay = callback("alex", state, "read,activity:read_all");
		assertThat(replay)
			.hasToString("http://localhost:8080/connections?provider=acme&result=error&reason=invalid-state");
		assertThat(this.connections.findConnection("alex", "acme")).isEmpty();
	}

	@Test
	void refusesAnotherUsersState() {
		stubTokenEndpoint();
		String alexState = stateFrom(authorize("alex"));
		assertInvalidState(callback("demo", alexState, "read,activity:read_all"));
		assertThat(this.connections.findConnection("demo", "acme")).isEmpty();
	}

	@Test
	void reconnectReplacesTokensAndClearsNeedsReconnect() {
		connect("alex", "old-access", "old-refresh", START.plusSeconds(3600));
		this.store.needsReconnect(Connection.id("alex", "acme"), "refresh-rejected", START);
		stubTokenEndpoint();
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("")));
		assertThat(callback("alex", stateFrom(authorize("alex")), "read,activity:read_all"))
			.hasToString("http://localhost:8080/connections?provider=acme&result=connected");
		Connection connection = connection("alex");
		assertThat(connection.getStatus()).isNotEqualTo(ConnectionStatus.NEEDS_RECONNECT);
		assertThat(connection.getStatusReason()).isNull();
		assertThat(this.cipher.decrypt(connection.getAccessToken(), connection.getId())).isEqualTo("access-1");
	}

	@Test
	void answersAnUnknownProviderWithAProblem() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get()
			.uri("/api/connections/nope/authorize")
			.headers((headers) -> headers.addAll(auth("alex")))
			.exchange());
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unknown-provider");
	}

	@Test
	void requiresASignedInUser() {
		assertThat(RestTestClientResponse.from(this.client.get().uri("/api/connections/acme/authorize").exchange()))
			.hasStatus(401);
	}

	private void assertInvalidState(URI result) {
		assertThat(result)
			.hasToString("http://localhost:8080/connections?provider=acme&result=error&reason=invalid-state");
		assertThat(this.connections.findAll()).isEmpty();
		provider.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
	}

	private void stubTokenEndpoint() {
		provider.stubFor(post(urlPathEqualTo("/oauth/token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
					{"token_type": "Bearer", "access_token": "access-1", "refresh_token": "refresh-1",
					 "expires_in": 21600, "expires_at": %d, "athlete": {"id": 4242}}
					""".formatted(Instant.now().plusSeconds(21600).getEpochSecond()))));
	}

	private URI authorize(String user) {
		return redirect("/api/connections/acme/authorize", user);
	}

	private URI callback(String user, String state, String scope) {
		return redirect("/api/connections/acme/callback?code=the-code&state=" + state + "&scope=" + scope, user);
	}

	private URI redirect(String path, String user) {
		return this.client.get()
			.uri(path)
			.headers((headers) -> headers.addAll(auth(user)))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
	}

	private static String stateFrom(URI location) {
		return decode(UriComponentsBuilder.fromUri(location).build().getQueryParams().getFirst("state"));
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
