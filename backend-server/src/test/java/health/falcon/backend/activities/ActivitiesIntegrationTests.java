package health.falcon.backend.activities;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/activities} through the real {@code backend-data} HTTP service group
 * (configured by {@code spring.http.serviceclient.backend-data.*} as Boot does) against
 * backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the browser's
 * parameters and the user's own token reach backend-data, its answer and its problems
 * come back unchanged. {@code @RestClientTest} does not configure HTTP service groups, so
 * this is a {@code @SpringBootTest}. The cases every relayed endpoint shares (problems,
 * 502, 401, the list parameters) are in {@code RelayIntegrationTests}.
 */
class ActivitiesIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo:strava:987", "name": "Morning trail", "sportType": "RUN",
			  "sportTypeRaw": "TrailRun", "startTime": "2026-03-10T06:30:00Z", "localDate": "2026-03-10",
			  "zoneId": "Europe/Paris", "elapsedSeconds": 3300, "movingSeconds": 3000, "distanceMeters": 10012.5,
			  "elevationGainMeters": 240.0, "averageHeartRateBpm": 148.2, "maxHeartRateBpm": 176.0,
			  "energyKcal": null}],
			 "totals": {"count": 1, "distanceMeters": 10012.5, "movingSeconds": 3000, "energyKcal": null,
			  "energyCount": 0},
			 "nextCursor": "djEKYWN0aXZpdGllcw"}
			""";

	@Test
	void relaysTheParametersAndTheUsersOwnTokenAndReturnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/activities")).willReturn(okJson(PAGE)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call(
				"/api/activities?from=2026-03-01&to=2026-03-31&limit=5&sport=run&cursor=djEKYWN0aXZpdGllcw", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
		backendData.verify(getRequestedFor(urlPathEqualTo("/activities"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-01"))
			.withQueryParam("to", equalTo("2026-03-31"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("sport", equalTo("run"))
			.withQueryParam("cursor", equalTo("djEKYWN0aXZpdGllcw")));
	}

	@Test
	void leavesOutASportTheBrowserDidNotSend() {
		backendData.stubFor(get(urlPathEqualTo("/activities")).willReturn(okJson(PAGE)));
		assertThat(call("/api/activities", TestJwts.token("alex", "falcon-api"))).hasStatusOk();
		backendData.verify(getRequestedFor(urlPathEqualTo("/activities")).withQueryParam("sport", absent()));
	}

	@Test
	void passesOnTheStatusOfAnAnswerThatIsNotAProblem() {
		backendData.stubFor(get(urlPathEqualTo("/activities")).willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_PLAIN_VALUE)
			.withBody("no such thing")));
		RestTestClientResponse response = call("/api/activities", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
	}

}
