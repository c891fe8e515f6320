package health.falcon.fitness.reconcile;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of the periodic reconciliation round.
 */
@DisallowConcurrentExecution
class ReconcileJob implements Job {

	private final ReconcileService service;

	ReconcileJob(ReconcileService service) {
		this.service = service;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.service.reconcileAll();
	}

}
