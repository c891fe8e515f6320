package health.falcon.fitbit.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import health.falcon.fitbit.googlehealth.TargetedRefetch;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class NotificationHandlerTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TargetedRefetch.Interval INTERVAL = new TargetedRefetch.Interval(
			Instant.parse("2026-11-10T06:00:00Z"), Instant.parse("2026-11-10T06:15:00Z"), LocalDate.parse("2026-11-10"),
			LocalDate.parse("2026-11-10"));

	private final IngestOperations ingest = mock();

	private final FitbitProfileStore profiles = mock();

	private final TargetedRefetch refetch = mock();

	private final NotificationHandler handler = new NotificationHandler(this.ingest, this.profiles, this.refetch);

	@Test
	void refetchesTheNamedTypeAndIntervalsInAWebhookRun() {
		given(this.profiles.userIdForHealthUser("1234567890")).willReturn(Optional.of("demo"));
		given(this.ingest.run(eq("demo"), eq("fitbit"), eq(SyncTrigger.WEBHOOK), any()))
			.willReturn(new RunOutcome("run-1", RunOutcome.Status.SUCCEEDED));
		this.handler.handle(new HealthNotification("1234567890", "steps", "UPSERT", List.of(INTERVAL)));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Consumer<SyncContext>> work = ArgumentCaptor.forClass(Consumer.class);
		then(this.ingest).should().run(eq("demo"), eq("fitbit"), eq(SyncTrigger.WEBHOOK), work.capture());
		SyncContext context = mock();
		work.getValue().accept(context);
		then(this.refetch).should().refetch(context, "steps", List.of(INTERVAL));
	}

	@Test
	void removesWhatADeleteNotificationNamesInAWebhookRun() {
		given(this.profiles.userIdForHealthUser("1234567890")).willReturn(Optional.of("demo"));
		given(this.ingest.run(eq("demo"), eq("fitbit"), eq(SyncTrigger.WEBHOOK), any()))
			.willReturn(new RunOutcome("run-1", RunOutcome.Status.SUCCEEDED));
		this.handler.handle(new HealthNotification("1234567890", "sleep", "DELETE", List.of(INTERVAL)));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Consumer<SyncContext>> work = ArgumentCaptor.forClass(Consumer.class);
		then(this.ingest).should().run(eq("demo"), eq("fitbit"), eq(SyncTrigger.WEBHOOK), work.capture());
		SyncContext context = mock();
		work.getValue().accept(context);
		then(this.refetch).should().removeDeleted(context, "sleep", List.of(INTERVAL));
		then(this.refetch).shouldHaveNoMoreInteractions();
	}

	@Test
	void ignoresUsersNobodyConnected() {
		given(this.profiles.userIdForHealthUser("42")).willReturn(Optional.empty());
		given(this.ingest.userIdForAccount("fitbit", "42")).willReturn(Optional.empty());
		this.handler.handle(new HealthNotification("42", "steps", "UPSERT", List.of(INTERVAL)));
		then(this.ingest).should().userIdForAccount("fitbit", "42");
		then(this.ingest).shouldHaveNoMoreInteractions();
		then(this.refetch).shouldHaveNoInteractions();
	}

	@Test
	void ignoresDataTypesNotReadHere() {
		given(this.profiles.userIdForHealthUser("1234567890")).willReturn(Optional.of("demo"));
		this.handler.handle(new HealthNotification("1234567890", "weight", "UPSERT", List.of(INTERVAL)));
		then(this.ingest).shouldHaveNoInteractions();
	}

	@Test
	void queuesAFullSyncWhenNoIntervalCanBeRead() {
		given(this.profiles.userIdForHealthUser("1234567890")).willReturn(Optional.of("demo"));
		this.handler.handle(new HealthNotification("1234567890", "sleep", "UPSERT", List.of()));
		then(this.ingest).should().requestSync("demo", "fitbit", SyncTrigger.WEBHOOK);
	}

	@Test
	void readsTheThreeNotificationShapes() {
		String current = """
				{"data":{"healthUserId":"1","dataType":"steps","operation":"UPSERT","intervals":[
				 {"physicalTimeInterval":{"startTime":"2026-11-10T06:00:00Z","endTime":"2026-11-10T06:15:00Z"}}]}}""";
		String earlier = """
				{"data":{"healthUserId":"2","dataType":"sleep","operation":"DELETE",
				 "civilIso8601TimeInterval":{"startTime":"2026-11-09T23:00:00","endTime":"2026-11-10T07:00:00"}}}""";
		List<HealthNotification> notifications = NotificationParser
			.notifications(json.readTree("[" + current + "," + earlier + "]"));
		assertThat(notifications).extracting(HealthNotification::healthUserId).containsExactly("1", "2");
		assertThat(notifications.get(0).intervals()).containsExactly(new TargetedRefetch.Interval(
				Instant.parse("2026-11-10T06:00:00Z"), Instant.parse("2026-11-10T06:15:00Z"), null, null));
		assertThat(notifications.get(1).operation()).isEqualTo("DELETE");
		assertThat(notifications.get(1).intervals()).containsExactly(
				new TargetedRefetch.Interval(null, null, LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-10")));
		assertThat(NotificationParser.notifications(json.readTree(current))).hasSize(1);
		assertThatExceptionOfType(MalformedNotificationException.class)
			.isThrownBy(() -> NotificationParser.notifications(json.readTree("{\"data\":{\"healthUserId\":\"1\"}}")));
	}

}
