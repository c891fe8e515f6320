package health.falcon.fitness.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.mock;
import static org.mockito.BDDMockito.never;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.times;
import static org.mockito.BDDMockito.willThrow;

@ExtendWith(OutputCaptureExtension.class)
class StravaWebhookServiceTests {

	private static final int CAPACITY = 3;

	private final IngestOperations ingest = mock();

	private final StravaEventHandler handler = mock();

	private final List<Runnable> worker = new ArrayList<>();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final StravaWebhookService service = new StravaWebhookService(properties(), this.ingest, this.handler,
			this.worker::add, this.clock, this.meters);

	@BeforeEach
	void demoConnectedAthlete1234567() {
		given(this.ingest.userIdForAccount("strava", "1234567")).willReturn(Optional.of("demo"));
		given(this.ingest.userIdForAccount("strava", "7654321")).willReturn(Optional.empty());
	}

	@Test
	void dropsEventsForAthletesNobodyConnectedBeforeQueueing() {
		for (long id = 1; id <= 100; id++) {
			this.service.accept(activity(7654321L, id, "delete"));
		}
		this.service.accept(deauthorization(7654321L));
		assertThat(this.service.pending()).isZero();
		assertThat(this.worker).isEmpty();
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void asksNobodyAboutEventsThatNeedNoLook() {
		this.service.accept(new StravaEvent("athlete", 1234567L, "update", Map.of("firstname", "X"), 1234567L, 1L, 1L));
		then(this.ingest).should(never()).userIdForAccount(anyString(), anyString());
		assertThat(this.service.pending()).isZero();
	}

	@Test
	void collapsesRepeatedEventsForOneObjectIntoOneLook() {
		for (int i = 0; i < 50; i++) {
			this.service.accept(activity(1234567L, 42L, (i == 7) ? "update" : "delete"));
			this.service.accept(deauthorization(1234567L));
		}
		assertThat(this.service.pending()).isEqualTo(2);
		runWorker();
		ArgumentCaptor<Look> looks = ArgumentCaptor.forClass(Look.class);
		then(this.handler).should(times(2)).handle(looks.capture());
		assertThat(looks.getAllValues()).containsExactly(
				new Look("demo", new Look.Key(1234567L, "activity", 42L), Look.Kind.ACTIVITY, true),
				new Look("demo", new Look.Key(1234567L, "athlete", 1234567L), Look.Kind.GRANT, true));
		assertThat(this.service.pending()).isZero();
	}

	@Test
	void queuesALaterEventAgainOnceTheLookWasTaken() {
		this.service.accept(activity(1234567L, 42L, "update"));
		runWorker();
		this.service.accept(activity(1234567L, 42L, "update"));
		runWorker();
		then(this.handler).should(times(2)).handle(any(Look.class));
	}

	@Test
	void dropsAndCountsEventsBeyondTheCapacityAndWarnsOncePerInterval(CapturedOutput output) {
		for (long id = 1; id <= 10; id++) {
			this.service.accept(activity(1234567L, id, "update"));
		}
		assertThat(this.service.pending()).isEqualTo(CAPACITY);
		assertThat(this.meters.get("falcon.fitness.strava.webhook.dropped").counter().count()).isEqualTo(7);
		assertThat(this.meters.get("falcon.fitness.strava.webhook.pending").gauge().value()).isEqualTo(CAPACITY);
		assertThat(warnings(output)).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(1));
		this.service.accept(activity(1234567L, 11L, "update"));
		assertThat(warnings(output)).isEqualTo(2);
		runWorker();
		then(this.handler).should(times(CAPACITY)).handle(any(Look.class));
	}

	@Test
	void keepsWorkingAfterALookFails() {
		willThrow(new IllegalStateException("boom")).given(this.handler).handle(any(Look.class));
		this.service.accept(activity(1234567L, 1L, "update"));
		this.service.accept(activity(1234567L, 2L, "update"));
		runWorker();
		then(this.handler).should(times(2)).handle(any(Look.class));
	}

	private static long warnings(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> line.contains("Strava webhook queue full")).count();
	}

	private void runWorker() {
		while (!this.worker.isEmpty()) {
			this.worker.remove(0).run();
		}
	}

	private static StravaEvent activity(long owner, long id, String aspect) {
		return new StravaEvent("activity", id, aspect, Map.of(), owner, 120475L, 1767229200L);
	}

	private static StravaEvent deauthorization(long athlete) {
		return new StravaEvent("athlete", athlete, "update", Map.of("authorized", "false"), athlete, 120475L,
				1767229200L);
	}

	private static FitnessProperties properties() {
		return new FitnessProperties(50,
				new FitnessProperties.Strava(URI.create("https://strava.test/oauth/deauthorize"), 200, 100,
						Duration.ofHours(48),
						new FitnessProperties.Webhook("s3cret", null, CAPACITY, Duration.ofMinutes(1)),
						new FitnessProperties.Reconcile("0 0 4 ? * SUN", true)));
	}

}
