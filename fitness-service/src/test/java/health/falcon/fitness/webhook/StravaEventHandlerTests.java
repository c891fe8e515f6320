package health.falcon.fitness.webhook;

import java.util.function.Consumer;

import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.strava.StravaActivityUpdates;
import health.falcon.ingest.api.GrantCheck;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

class StravaEventHandlerTests {

	private static final long ACTIVITY = 9876543210L;

	private final IngestOperations ingest = mock();

	private final StravaActivityUpdates updates = mock();

	private final ActivityStore store = mock();

	private final StravaEventHandler handler = new StravaEventHandler(this.ingest, this.updates, this.store);

	@BeforeEach
	void runsSucceed() {
		given(this.ingest.run(anyString(), anyString(), any(), any()))
			.willReturn(new RunOutcome("run-9", RunOutcome.Status.SUCCEEDED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "create", "update" })
	void rereadsACreatedOrUpdatedActivityInAWebhookRun(String aspect) {
		this.handler.handle(activity(aspect));
		Consumer<SyncContext> work = capturedWork();
		SyncContext context = mock();
		work.accept(context);
		then(this.updates).should().refresh(context, ACTIVITY);
	}

	@Test
	void rereadsAStoredActivityNamedByADeleteEventInsteadOfDeletingIt() {
		given(this.store.isLive("demo", "strava", Long.toString(ACTIVITY))).willReturn(true);
		this.handler.handle(activity("delete"));
		Consumer<SyncContext> work = capturedWork();
		SyncContext context = mock();
		work.accept(context);
		then(this.updates).should().refresh(context, ACTIVITY);
		then(this.store).should(never()).softDelete(anyString(), anyString(), anyString(), any());
	}

	@Test
	void spendsNoCallOnADeleteEventForAnActivityNobodyStored() {
		given(this.store.isLive("demo", "strava", Long.toString(ACTIVITY))).willReturn(false);
		this.handler.handle(activity("delete"));
		then(this.ingest).shouldHaveNoInteractions();
	}

	@Test
	void revokesAndPurgesOnlyWhenStravaConfirmsTheDeauthorization() {
		given(this.ingest.checkGrant(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), any()))
			.willReturn(GrantCheck.REVOKED);
		this.handler.handle(deauthorization());
		then(this.ingest).should().revokedByProvider("demo", "strava");
	}

	@ParameterizedTest
	@EnumSource(value = GrantCheck.class, names = { "VALID", "UNCONFIRMED" })
	void changesNothingWhenStravaDoesNotConfirmTheDeauthorization(GrantCheck check) {
		given(this.ingest.checkGrant(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), any())).willReturn(check);
		this.handler.handle(deauthorization());
		then(this.ingest).should(never()).revokedByProvider(anyString(), anyString());
	}

	@Test
	void probesTheGrantWithTheUsersOwnTokenThroughTheKit() {
		given(this.ingest.checkGrant(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), any()))
			.willReturn(GrantCheck.VALID);
		this.handler.handle(deauthorization());
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Consumer<SyncContext>> probe = ArgumentCaptor.forClass(Consumer.class);
		then(this.ingest).should().checkGrant(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), probe.capture());
		SyncContext context = mock();
		probe.getValue().accept(context);
		then(this.updates).should().probe(context);
	}

	@Test
	void mergedLooksRereadWhenAnyEventAskedForIt() {
		Look delete = activity("delete");
		assertThat(delete.merge(activity("update")).readRequired()).isTrue();
		assertThat(delete.merge(activity("delete")).readRequired()).isFalse();
	}

	@SuppressWarnings("unchecked")
	private Consumer<SyncContext> capturedWork() {
		ArgumentCaptor<Consumer<SyncContext>> work = ArgumentCaptor.forClass(Consumer.class);
		then(this.ingest).should().run(eq("demo"), eq("strava"), eq(SyncTrigger.WEBHOOK), work.capture());
		return work.getValue();
	}

	private static Look activity(String aspect) {
		return new Look("demo", new Look.Key(1234567L, "activity", ACTIVITY), Look.Kind.ACTIVITY,
				!"delete".equals(aspect));
	}

	private static Look deauthorization() {
		return new Look("demo", new Look.Key(1234567L, "athlete", 1234567L), Look.Kind.GRANT, true);
	}

}
