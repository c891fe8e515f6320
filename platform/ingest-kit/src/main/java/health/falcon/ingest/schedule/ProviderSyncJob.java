package health.falcon.ingest.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of one provider's schedule (the provider id is in the job data).
 */
@DisallowConcurrentExecution
class ProviderSyncJob implements Job {

	static final String PROVIDER = "provider";

	private final ScheduledSyncs syncs;

	ProviderSyncJob(ScheduledSyncs syncs) {
		this.syncs = syncs;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.syncs.syncAll(context.getMergedJobDataMap().getString(PROVIDER));
	}

}
