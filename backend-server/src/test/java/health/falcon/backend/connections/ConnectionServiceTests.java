package health.falcon.backend.connections;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.backend.connections.ProvidersProperties.Provider;
import health.falcon.documents.connections.ConnectionView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ConnectionServiceTests {

	private static final Instant SYNCED = Instant.parse("2026-03-10T08:15:00Z");

	private final ConnectionRepository repository = mock(ConnectionRepository.class);

	private final ConnectionService service = new ConnectionService(new ProvidersProperties(providers()),
			this.repository);

	@Test
	void listsEveryKnownProviderAsNotConnectedWhenNothingIsStored() {
		given(this.repository.findByUserId("alex")).willReturn(List.of());
		List<ConnectionSummary> connections = this.service.connectionsOf("alex");
		assertThat(connections).extracting(ConnectionSummary::provider).containsExactly("strava", "fitbit", "dropbox");
		assertThat(connections).extracting(ConnectionSummary::status).containsOnly("NOT_CONNECTED");
		assertThat(connections).extracting(ConnectionSummary::available).containsExactly(true, false, false);
		assertThat(connections.get(0).counts()).isEmpty();
		assertThat(connections.get(0).backfill()).isNull();
	}

	@Test
	void passesOnASandboxSignInUrlOnlyWhereOneIsConfigured() {
		given(this.repository.findByUserId("alex")).willReturn(List.of());
		assertThat(this.service.connectionsOf("alex")).extracting(ConnectionSummary::sandboxSignInUrl)
			.containsExactly(null, null, URI.create("http://localhost:9100/dropbox/sign-in"));
	}

	@Test
	void mergesConnectionViewsIntoTheConfiguredOrder() {
		given(this.repository.findByUserId("demo")).willReturn(
				List.of(new ConnectionView("dropbox", "ERROR", "folder-missing", null, null, null, "FAILED", null),
						new ConnectionView("strava", "ACTIVE", null, "12345", Map.of("activities", 412L), SYNCED,
								"SUCCEEDED",
								new ConnectionView.Backfill(SYNCED.minusSeconds(86400), SYNCED, null, true))));
		List<ConnectionSummary> connections = this.service.connectionsOf("demo");
		assertThat(connections).extracting(ConnectionSummary::status)
			.containsExactly("ACTIVE", "NOT_CONNECTED", "ERROR");
		ConnectionSummary strava = connections.get(0);
		assertThat(strava.displayName()).isEqualTo("Strava");
		assertThat(strava.accountId()).isEqualTo("12345");
		assertThat(strava.lastSuccessfulSyncAt()).isEqualTo(SYNCED);
		assertThat(strava.counts()).containsEntry("activities", 412L);
		assertThat(strava.backfill())
			.isEqualTo(new ConnectionSummary.Backfill(SYNCED.minusSeconds(86400), SYNCED, false));
		assertThat(connections.get(2).statusReason()).isEqualTo("folder-missing");
		assertThat(connections.get(2).counts()).isEmpty();
	}

	@Test
	void showsAnUnfinishedOldestFirstBackfillAsCompletedWithoutItsForwardReached() {
		given(this.repository.findByUserId("demo"))
			.willReturn(List.of(new ConnectionView("strava", "ACTIVE", null, "12345", Map.of(), SYNCED, "SUCCEEDED",
					new ConnectionView.Backfill(SYNCED.minusSeconds(86400), SYNCED.minusSeconds(3600), false, null))));
		assertThat(this.service.connectionsOf("demo").get(0).backfill())
			.isEqualTo(new ConnectionSummary.Backfill(SYNCED.minusSeconds(86400), null, true));
	}

	@Test
	void leavesOutConnectionsToProvidersNoLongerConfigured() {
		given(this.repository.findByUserId("demo"))
			.willReturn(List.of(new ConnectionView("garmin", "ACTIVE", null, null, null, null, null, null)));
		assertThat(this.service.connectionsOf("demo")).extracting(ConnectionSummary::provider)
			.containsExactly("strava", "fitbit", "dropbox");
	}

	private static Map<String, Provider> providers() {
		Map<String, Provider> providers = new LinkedHashMap<>();
		providers.put("strava", new Provider("Strava", "Activities", true, null));
		providers.put("fitbit", new Provider("Fitbit (Google Health API)", "Sleep and heart rate", false, null));
		providers.put("dropbox", new Provider("Dropbox folder", "Blood pressure and HRV files", false,
				URI.create("http://localhost:9100/dropbox/sign-in")));
		return providers;
	}

}
