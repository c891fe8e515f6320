package health.falcon.ingest.sample;

import health.falcon.ingest.connection.ConnectionStatus;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The user-scoped endpoints: every branch, and that demo can neither see nor act on
 * alex's connection.
 */
class ConnectionsEndpointIntegrationTests extends IngestIntegrationSupport {

	@Test
	void showsOnlyTheSignedInUsersConnection() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		RestTestClientResponse alex = call(HttpMethod.GET, "/api/connections/acme", "alex");
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson().extractingPath("$.status").isEqualTo("ACTIVE");
		assertThat(alex).bodyJson().extractingPath("$.accountId").isEqualTo("athlete-alex");
		assertThat(alex).bodyJson().doesNotHavePath("$.accessToken");
		RestTestClientResponse demo = call(HttpMethod.GET, "/api/connections/acme", "demo");
		assertThat(demo).bodyJson().extractingPath("$.status").isEqualTo("NOT_CONNECTED");
		assertThat(demo).bodyJson().extractingPath("$.accountId").isNull();
	}

	@Test
	void listsOnlyTheUsersRunsNewestFirst() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("1,ride,100")));
		assertThat(call(HttpMethod.POST, "/api/connections/acme/sync", "alex")).hasStatus(202);
		await().untilAsserted(
				() -> assertThat(call(HttpMethod.GET, "/api/connections/acme/runs?limit=5", "alex")).bodyJson()
					.extractingPath("$[0].status")
					.isEqualTo("SUCCEEDED"));
		assertThat(call(HttpMethod.GET, "/api/connections/acme/runs", "demo")).bodyJson().isEqualTo("[]");
		assertThat(call(HttpMethod.GET, "/api/connections/acme", "alex")).bodyJson()
			.extractingPath("$.lastRun.trigger")
			.isEqualTo("MANUAL");
	}

	@Test
	void rejectsAnOutOfRangeLimit() {
		RestTestClientResponse response = call(HttpMethod.GET, "/api/connections/acme/runs?limit=0", "alex");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesToSyncWithoutAUsableConnection() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		RestTestClientResponse demo = call(HttpMethod.POST, "/api/connections/acme/sync", "demo");
		assertThat(demo).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(demo).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-connected");
		this.store.needsReconnect("alex:acme", "refresh-rejected", START);
		assertThat(call(HttpMethod.POST, "/api/connections/acme/sync", "alex")).hasStatus(409);
	}

	@Test
	void disconnectsRevokingAtTheProviderAndPurgingOnRequest() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(post(urlPathEqualTo("/api/deauthorize")).willReturn(aResponse().withStatus(200)));
		assertThat(call(HttpMethod.DELETE, "/api/connections/acme?purge=true", "demo")).hasStatus(204);
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.ACTIVE);
		assertThat(call(HttpMethod.DELETE, "/api/connections/acme?purge=true", "alex")).hasStatus(204);
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(connection("alex").getAccessToken()).isNull();
		assertThat(this.connector.revokes()).isOne();
		assertThat(this.connector.purges()).isOne();
		provider.verify(1, postRequestedFor(urlPathEqualTo("/api/deauthorize")));
	}

	@Test
	void aRevokingConnectorReadsTheAccessTokenRefreshedWhenDue() {
		connect("alex", "old-access", "old-refresh", START.plusSeconds(60));
		provider.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson("""
				{"token_type": "Bearer", "access_token": "new-access", "expires_in": 21600}
				""")));
		provider.stubFor(post(urlPathEqualTo("/api/deauthorize")).willReturn(aResponse().withStatus(200)));
		assertThat(call(HttpMethod.DELETE, "/api/connections/acme", "alex")).hasStatus(204);
		assertThat(this.connector.revokedTokens()).containsExactly("new-access");
		provider.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
	}

	@Test
	void disconnectsEvenWhenTheAccessTokenCannotBeRefreshedForTheRevocation() {
		connect("alex", "old-access", "old-refresh", START.plusSeconds(60));
		provider.stubFor(post(urlPathEqualTo("/oauth/token"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\": \"invalid_grant\"}")));
		assertThat(call(HttpMethod.DELETE, "/api/connections/acme?purge=true", "alex")).hasStatus(204);
		assertThat(this.connector.revokedTokens()).isEmpty();
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(connection("alex").getAccessToken()).isNull();
		assertThat(this.connector.purges()).isOne();
	}

	@Test
	void disconnectsWithoutPurgeEvenWhenTheRevocationFails() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(post(urlPathEqualTo("/api/deauthorize")).willReturn(aResponse().withStatus(500)));
		assertThat(call(HttpMethod.DELETE, "/api/connections/acme", "alex")).hasStatus(204);
		assertThat(connection("alex").getStatus()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(this.connector.purges()).isZero();
	}

	@Test
	void answersUnknownProvidersAndMissingTokensWithProblems() {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.DELETE }) {
			RestTestClientResponse response = call(method, "/api/connections/nope", "alex");
			assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(call(HttpMethod.GET, "/api/connections/nope/runs", "alex")).hasStatus(404);
		assertThat(call(HttpMethod.POST, "/api/connections/nope/sync", "alex")).hasStatus(404);
		assertThat(RestTestClientResponse.from(this.client.get().uri("/api/connections/acme").exchange()))
			.hasStatus(401);
	}

	private RestTestClientResponse call(HttpMethod method, String path, String user) {
		return RestTestClientResponse
			.from(this.client.method(method).uri(path).headers((headers) -> headers.addAll(auth(user))).exchange());
	}

}
