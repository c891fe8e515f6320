package health.falcon.fitness.reconcile;

import java.util.List;
import java.util.function.Consumer;

import health.falcon.fitness.strava.StravaReconciliation;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.mock;
import static org.mockito.BDDMockito.then;

class ReconcileServiceTests {

	private final IngestOperations ingest = mock();

	private final StravaReconciliation reconciliation = mock();

	private final ReconcileService service = new ReconcileService(this.ingest, this.reconciliation);

	@Test
	void runsTheReconciliationForTheUserAndReportsItsCount() {
		SyncContext context = mock();
		given(this.reconciliation.reconcile(context)).willReturn(2);
		given(this.ingest.run(eq("demo"), eq("strava"), eq(SyncTrigger.MANUAL), any())).willAnswer((invocation) -> {
			Consumer<SyncContext> work = invocation.getArgument(3);
			work.accept(context);
			return new RunOutcome("run-1", RunOutcome.Status.SUCCEEDED);
		});
		assertThat(this.service.reconcile("demo"))
			.isEqualTo(new ReconcileResult("run-1", RunOutcome.Status.SUCCEEDED, 2));
	}

	@Test
	void reportsAFailedRunWithNothingDeleted() {
		given(this.ingest.run(eq("demo"), eq("strava"), eq(SyncTrigger.MANUAL), any()))
			.willReturn(new RunOutcome("run-2", RunOutcome.Status.FAILED));
		assertThat(this.service.reconcile("demo")).isEqualTo(new ReconcileResult("run-2", RunOutcome.Status.FAILED, 0));
	}

	@Test
	void refusesAUserWithoutAUsableConnection() {
		given(this.ingest.run(eq("alex"), eq("strava"), eq(SyncTrigger.MANUAL), any()))
			.willReturn(new RunOutcome(null, RunOutcome.Status.SKIPPED));
		assertThatExceptionOfType(StravaNotConnectedException.class).isThrownBy(() -> this.service.reconcile("alex"));
	}

	@Test
	void refusesWhileAnotherRunHoldsTheConnection() {
		given(this.ingest.run(eq("demo"), eq("strava"), eq(SyncTrigger.MANUAL), any()))
			.willReturn(new RunOutcome(null, RunOutcome.Status.BUSY));
		assertThatExceptionOfType(ReconcileBusyException.class).isThrownBy(() -> this.service.reconcile("demo"));
	}

	@Test
	void reconcilesEveryUsableConnectionOnTheSchedule() {
		given(this.ingest.runAll(eq("strava"), eq(SyncTrigger.SCHEDULE), any()))
			.willReturn(List.of(new RunOutcome("a", RunOutcome.Status.SUCCEEDED)));
		assertThat(this.service.reconcileAll()).hasSize(1);
		then(this.ingest).should().runAll(eq("strava"), eq(SyncTrigger.SCHEDULE), any());
	}

}
