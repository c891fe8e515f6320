package health.falcon.fitness.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.strava.StravaActivityUpdates;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.mock;
import static org.mockito.BDDMockito.never;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.times;

class StravaEventHandlerTests {

	private static final long EVENT_TIME = 1767229200L;

	private final IngestOperations ingest = mock();

	private final StravaActivityUpdates updates = mock();

	private final ActivityStore store = mock();

	private final DetailBacklog backlog = mock();

	private final StravaEventHandler handler = new StravaEventHandler(this.ingest, this.updates, this.store,
			this.backlog, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

	@BeforeEach
	void demoConnectedAthlete1234567() {
		given(this.ingest.userIdForAccount("strava", "1234567")).willReturn(Optional.of("demo"));
		given(this.ingest.userIdForAccount("strava", "7654321")).willReturn(Optional.empty());
		given(this.ingest.run(anyString(), anyString(), any(), any()))
			.willReturn(new RunOutcome("run-9", RunOutcome.Status.SUCCEEDED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "create", "update" })
	void fetchesAndStoresACreatedOrUpdatedActivityInAWebhookRun(String aspect) {
		this.handler.handle(activity(aspect, Map.of()));
		Consumer<SyncContext> work = capturedWork();
		SyncContext context = mock();
		work.accept(context);
		then(this.updates).should().refresh(context, 9876543210L);
	}

	@Test
	void refetchesAnActivityWhosePrivacyChangedWhetherSentAsStringOrBoolean() {
		this.handler.handle(activity("update", Map.of("private", "true")));
		this.handler.handle(activity("update", Map.of("private", true)));
		then(this.ingest).should(times(2)).run(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), any());
	}

	@Test
	void softDeletesADeletedActivityAtTheEventTime() {
		this.handler.handle(activity("delete", Map.of()));
		then(this.store).should().softDelete("demo", "strava", "9876543210", Instant.ofEpochSecond(EVENT_TIME));
		then(this.backlog).should().remove("demo", "strava", "9876543210");
		then(this.ingest).should(never()).run(anyString(), anyString(), any(), any());
	}

	@Test
	void revokesTheConnectionWhenTheAthleteDeauthorizes() {
		this.handler.handle(athlete(Map.of("authorized", "false")));
		then(this.ingest).should().revokedByProvider("demo", "strava");
	}

	@Test
	void acceptsADeauthorizationSentAsBoolean() {
		this.handler.handle(athlete(Map.of("authorized", false)));
		then(this.ingest).should().revokedByProvider("demo", "strava");
	}

	@Test
	void ignoresOtherAthleteUpdates() {
		this.handler.handle(athlete(Map.of("authorized", "true")));
		this.handler.handle(athlete(Map.of("firstname", "Test")));
		then(this.ingest).should(never()).revokedByProvider(anyString(), anyString());
	}

	@Test
	void ignoresEventsOfAthletesNobodyConnected() {
		this.handler.handle(new StravaEvent("activity", 1L, "create", Map.of(), 7654321L, 120475L, EVENT_TIME));
		this.handler.handle(new StravaEvent("athlete", 7654321L, "update", Map.of("authorized", "false"), 7654321L,
				120475L, EVENT_TIME));
		then(this.ingest).should(never()).run(anyString(), anyString(), any(), any());
		then(this.ingest).should(never()).revokedByProvider(anyString(), anyString());
		then(this.store).shouldHaveNoInteractions();
	}

	@Test
	void ignoresUnknownObjectTypes() {
		this.handler.handle(new StravaEvent("club", 5L, "create", null, 1234567L, 120475L, EVENT_TIME));
		then(this.store).shouldHaveNoInteractions();
		then(this.updates).shouldHaveNoInteractions();
	}

	@Test
	void readsPrivacyAsStringOrBoolean() {
		assertThat(activity("update", Map.of("private", "true")).privacy()).contains(true);
		assertThat(activity("update", Map.of("private", false)).privacy()).contains(false);
		assertThat(activity("update", Map.of("title", "x")).privacy()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private Consumer<SyncContext> capturedWork() {
		ArgumentCaptor<Consumer<SyncContext>> work = ArgumentCaptor.forClass(Consumer.class);
		then(this.ingest).should().run(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), work.capture());
		return work.getValue();
	}

	private static StravaEvent activity(String aspect, Map<String, Object> updates) {
		return new StravaEvent("activity", 9876543210L, aspect, updates, 1234567L, 120475L, EVENT_TIME);
	}

	private static StravaEvent athlete(Map<String, Object> updates) {
		return new StravaEvent("athlete", 1234567L, "update", updates, 1234567L, 120475L, EVENT_TIME);
	}

}
