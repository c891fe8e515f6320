package health.falcon.backend.dashboard;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/dashboard} through the real {@code backend-data} HTTP service group
 * ({@code DashboardClient}) against backend-data stubbed in WireMock: one call with the
 * user's own token, the answer unchanged, backend-data's problems relayed and its failure
 * a 502. The cases every relayed endpoint shares (problems, 502, 401, the list
 * parameters) are in {@code RelayIntegrationTests}.
 */
class DashboardIntegrationTests extends BackendDataIntegrationSupport {

	/** A dashboard in the exact shape backend-data answers, every section filled. */
	static final String DASHBOARD = """
			{"zone": "Europe/Berlin", "today": "2026-03-29",
			 "restingHeartRate": {"latest": 57.0, "latestDate": "2026-03-29",
			   "last7": {"from": "2026-03-23", "to": "2026-03-29", "mean": 59.6, "days": 7, "previousMean": 60.0,
			     "change": -0.4},
			   "last30": {"from": "2026-02-28", "to": "2026-03-29", "mean": 59.9, "days": 30, "previousMean": null,
			     "change": null},
			   "source": "fitbit/google-health"},
			 "bloodPressure": {"systolic": 118, "diastolic": 76, "pulse": 61, "at": "2026-03-27T07:00:00Z",
			   "localDate": "2026-03-27", "source": "dropbox/upload"},
			 "sleep": {"dateOfSleep": "2026-03-29", "start": "2026-03-28T22:00:00Z", "end": "2026-03-29T05:15:00Z",
			   "durationMinutes": 435, "minutesAsleep": 400, "minutesAwake": 35, "efficiency": 92,
			   "stages": {"deep": 70, "light": 230, "rem": 100, "wake": 35}, "source": "fitbit/google-health"},
			 "steps": {"today": 5000.0,
			   "last7": {"from": "2026-03-23", "to": "2026-03-29", "total": 12000.0, "mean": 6000.0, "days": 2},
			   "last30": {"from": "2026-02-28", "to": "2026-03-29", "total": 22000.0, "mean": 5500.0, "days": 4},
			   "source": "fitbit/google-health"},
			 "caloriesIn": {"today": 2000.0,
			   "last7": {"from": "2026-03-23", "to": "2026-03-29", "total": 4400.0, "mean": 2200.0, "days": 2},
			   "last30": {"from": "2026-02-28", "to": "2026-03-29", "total": 4400.0, "mean": 2200.0, "days": 2},
			   "source": "myfitnesspal/diary,myfitnesspal/export"},
			 "caloriesOut": null,
			 "activities": {
			   "last7": [{"sportType": "RUN", "count": 2, "distanceMeters": 15000.0, "movingSeconds": 4500,
			     "energyKcal": null, "energyCount": 0}],
			   "last30": [{"sportType": "RUN", "count": 2, "distanceMeters": 15000.0, "movingSeconds": 4500,
			     "energyKcal": null, "energyCount": 0},
			     {"sportType": "WORKOUT", "count": 1, "distanceMeters": null, "movingSeconds": 1800,
			     "energyKcal": 250.0, "energyCount": 1}]},
			 "sources": [{"provider": "fitbit", "status": "ACTIVE", "statusReason": null,
			   "lastSuccessfulSyncAt": "2026-03-28T21:00:00Z", "lastRunStatus": "SUCCEEDED",
			   "data": [{"kind": "heart-rate", "lastDate": "2026-03-29", "lastAt": null},
			     {"kind": "daily-activity", "lastDate": "2026-03-28", "lastAt": null},
			     {"kind": "sleep", "lastDate": "2026-03-29", "lastAt": "2026-03-29T05:15:00Z"}]}]}
			""";

	@Test
	void returnsTheDashboardUnchangedFromOneCallWithTheUsersOwnToken() {
		backendData.stubFor(get(urlPathEqualTo("/dashboard")).willReturn(okJson(DASHBOARD)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/dashboard", token);
		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(response).bodyJson().isStrictlyEqualTo(DASHBOARD);
		backendData.verify(1, getRequestedFor(urlPathEqualTo("/dashboard")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + token)));
		assertThat(backendData.getAllServeEvents()).hasSize(1);
	}

}
