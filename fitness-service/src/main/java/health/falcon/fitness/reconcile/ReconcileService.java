package health.falcon.fitness.reconcile;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import health.falcon.fitness.strava.StravaReconciliation;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Runs {@link StravaReconciliation} in kit runs: for one user on demand ({@code MANUAL}),
 * and for every usable connection on the weekly schedule ({@code SCHEDULE}).
 */
@Service
class ReconcileService {

	private static final Logger logger = LoggerFactory.getLogger(ReconcileService.class);

	private static final String PROVIDER = "strava";

	private final IngestOperations ingest;

	private final StravaReconciliation reconciliation;

	ReconcileService(IngestOperations ingest, StravaReconciliation reconciliation) {
		this.ingest = ingest;
		this.reconciliation = reconciliation;
	}

	/**
	 * Reconcile one user's activities and wait for the run.
	 * @param userId the signed-in user
	 * @return the run's outcome and count
	 * @throws StravaNotConnectedException without a usable connection
	 * @throws ReconcileBusyException when another run held the connection too long
	 */
	ReconcileResult reconcile(String userId) {
		AtomicInteger deleted = new AtomicInteger();
		RunOutcome outcome = this.ingest.run(userId, PROVIDER, SyncTrigger.MANUAL,
				(context) -> deleted.set(this.reconciliation.reconcile(context)));
		return switch (outcome.status()) {
			case SKIPPED -> throw new StravaNotConnectedException();
			case BUSY -> throw new ReconcileBusyException();
			default -> new ReconcileResult(outcome.runId(), outcome.status(), deleted.get());
		};
	}

	/**
	 * Reconcile every usable Strava connection on the kit's bounded executor.
	 * @return one outcome per connection
	 */
	List<RunOutcome> reconcileAll() {
		List<RunOutcome> outcomes = this.ingest.runAll(PROVIDER, SyncTrigger.SCHEDULE,
				(context) -> this.reconciliation.reconcile(context));
		logger.info("Reconciled {} Strava connections", outcomes.size());
		return outcomes;
	}

}
