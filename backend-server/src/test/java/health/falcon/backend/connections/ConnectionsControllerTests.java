package health.falcon.backend.connections;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(ConnectionsController.class)
class ConnectionsControllerTests {

	private static final Instant SYNCED = Instant.parse("2026-03-10T08:15:00Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ConnectionService service;

	@Test
	void listsEveryProviderForTheTokenSubject() {
		given(this.service.connectionsOf("demo")).willReturn(List.of(
				new ConnectionSummary("strava", "Strava", "Activities", true, null, "SYNCING", null, "12345", SYNCED,
						"SUCCEEDED", Map.of("activities", 412L),
						new ConnectionSummary.Backfill(Instant.parse("2025-03-10T00:00:00Z"),
								Instant.parse("2025-09-01T00:00:00Z"), false)),
				new ConnectionSummary("fitbit", "Fitbit (Google Health API)", "Sleep and heart rate", false,
						URI.create("http://localhost:9100/sign-in"), "NOT_CONNECTED", null, null, null, null, Map.of(),
						null)));
		MvcTestResult result = this.mvc.get()
			.uri("/api/connections")
			.with(jwt().jwt((token) -> token.subject("demo")))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				[{"provider": "strava", "displayName": "Strava", "description": "Activities", "available": true,
				  "status": "SYNCING", "statusReason": null, "accountId": "12345",
				  "lastSuccessfulSyncAt": "2026-03-10T08:15:00Z", "lastRunStatus": "SUCCEEDED",
				  "counts": {"activities": 412},
				  "backfill": {"from": "2025-03-10T00:00:00Z", "reached": "2025-09-01T00:00:00Z", "completed": false}},
				 {"provider": "fitbit", "displayName": "Fitbit (Google Health API)",
				  "description": "Sleep and heart rate", "available": false,
				  "sandboxSignInUrl": "http://localhost:9100/sign-in", "status": "NOT_CONNECTED",
				  "statusReason": null, "lastSuccessfulSyncAt": null, "lastRunStatus": null, "counts": {}}]
				""");
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/api/connections").exchange();
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void leavesConnectionActionsToTheIngestServices() {
		MvcTestResult result = this.mvc.post().uri("/api/connections").with(jwt()).exchange();
		assertThat(result).hasStatus(405).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.service).shouldHaveNoInteractions();
	}

}
