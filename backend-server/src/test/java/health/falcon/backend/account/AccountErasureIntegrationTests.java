package health.falcon.backend.account;

import java.util.List;
import java.util.Map;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DELETE /api/me?confirm=<sub>}: nothing happens without the caller's own id as
 * the confirmation (also not with another user's id); otherwise every ingest service,
 * backend-data's insight cache and backend-server's own stores erase the user's data with
 * the user's own token, and a failing service gives a 502 naming it and what the others
 * removed. The ingest services and backend-data are stubbed in WireMock.
 */
class AccountErasureIntegrationTests extends BackendDataIntegrationSupport {

	private static final List<String> SERVICES = List.of("diet-service", "dropbox-ingest", "fitbit-service",
			"fitness-service");

	private final String alex = TestJwts.token("alex", TestJwts.AUDIENCE);

	@Autowired
	private MongoOperations mongo;

	@BeforeEach
	void storeSettings() {
		this.mongo.remove(new Query(), "user_settings");
		for (String user : List.of("alex", "demo")) {
			this.mongo.getCollection("user_settings").insertOne(new Document("_id", user).append("units", "metric"));
		}
	}

	@Test
	void refusesWithoutConfirmation() {
		assertRefused(erase("/api/me", this.alex));
		assertRefused(erase("/api/me?confirm=", this.alex));
	}

	@Test
	void refusesAnotherUsersIdAsConfirmationAndDeletesNothing() {
		assertRefused(erase("/api/me?confirm=demo", this.alex));
		assertRefused(erase("/api/me?confirm=ALEX", this.alex));
	}

	@Test
	void refusesWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.delete().uri("/api/me?confirm=alex").exchange());
		assertThat(response).hasStatus(401);
		assertNothingDeleted();
	}

	@Test
	void erasesInEveryServiceWithTheUsersOwnToken() {
		SERVICES.forEach((service) -> backendData.stubFor(delete(urlPathEqualTo("/" + service + "/account/data"))
			.willReturn(okJson("{\"connections\": 1, \"sync_runs\": 3}"))));
		backendData.stubFor(delete(urlPathEqualTo("/insights")).willReturn(okJson("{\"insight_cache\": 2}")));

		RestTestClientResponse response = erase("/api/me?confirm=alex", this.alex);

		assertThat(response).hasStatusOk();
		Map<String, Integer> service = Map.of("connections", 1, "sync_runs", 3);
		assertThat(response).bodyJson()
			.extractingPath("$.removed")
			.convertTo(Map.class)
			.isEqualTo(Map.of("diet-service", service, "dropbox-ingest", service, "fitbit-service", service,
					"fitness-service", service, "backend-data", Map.of("insight_cache", 2), "backend-server",
					Map.of("user_settings", 1, "photos", 0, "photo_files", 0)));
		for (String name : SERVICES) {
			backendData.verify(1, deleteRequestedFor(urlPathEqualTo("/" + name + "/account/data"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + this.alex)));
		}
		backendData.verify(1, deleteRequestedFor(urlPathEqualTo("/insights")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + this.alex)));
		assertThat(this.mongo.getCollection("user_settings").countDocuments(new Document("_id", "alex"))).isZero();
		assertThat(this.mongo.getCollection("user_settings").countDocuments(new Document("_id", "demo"))).isOne();
	}

	@Test
	void namesTheServicesThatFailedAndWhatTheOthersRemoved() {
		SERVICES.forEach((service) -> backendData.stubFor(
				delete(urlPathEqualTo("/" + service + "/account/data")).willReturn(okJson("{\"connections\": 1}"))));
		backendData
			.stubFor(delete(urlPathEqualTo("/fitbit-service/account/data")).willReturn(aResponse().withStatus(503)));
		backendData.stubFor(delete(urlPathEqualTo("/insights")).willReturn(okJson("{\"insight_cache\": 0}")));

		RestTestClientResponse response = erase("/api/me?confirm=alex", this.alex);

		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/erasure-incomplete");
		assertThat(response).bodyJson().extractingPath("$.failed").isEqualTo(List.of("fitbit-service"));
		assertThat(response).bodyJson().extractingPath("$.removed.fitness-service.connections").isEqualTo(1);
		assertThat(response).bodyJson().extractingPath("$.removed.backend-server.user_settings").isEqualTo(1);
		assertThat(response).bodyJson().doesNotHavePath("$.removed.fitbit-service");
		// every step is idempotent: a retry completes the erasure
		backendData
			.stubFor(delete(urlPathEqualTo("/fitbit-service/account/data")).willReturn(okJson("{\"connections\": 1}")));
		assertThat(erase("/api/me?confirm=alex", this.alex)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.removed.backend-server.user_settings")
			.isEqualTo(0);
	}

	private void assertRefused(RestTestClientResponse response) {
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/confirmation-required");
		assertNothingDeleted();
	}

	private void assertNothingDeleted() {
		backendData.verify(0, anyRequestedFor(anyUrl()));
		assertThat(this.mongo.getCollection("user_settings").countDocuments()).isEqualTo(2);
	}

	private RestTestClientResponse erase(String uri, String token) {
		return RestTestClientResponse
			.from(this.client.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange());
	}

}
