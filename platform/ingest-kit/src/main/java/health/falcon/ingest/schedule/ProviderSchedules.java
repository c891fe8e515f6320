package health.falcon.ingest.schedule;

import java.util.Set;

import health.falcon.ingest.provider.ProviderConnectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Registers one Quartz job per enabled provider with its cron
 * ({@code falcon.ingest.providers.<id>.schedule}). The misfire policy is
 * {@code withMisfireHandlingInstructionDoNothing}: a fire missed while the service was
 * down or busy is skipped, because the next incremental run continues from the cursors
 * anyway and a burst of catch-up runs would only spend the rate budget.
 */
class ProviderSchedules implements SmartInitializingSingleton {

	static final String GROUP = "falcon-ingest";

	private static final Logger logger = LoggerFactory.getLogger(ProviderSchedules.class);

	private final Scheduler scheduler;

	private final ProviderConnectors connectors;

	ProviderSchedules(Scheduler scheduler, ProviderConnectors connectors) {
		this.scheduler = scheduler;
		this.connectors = connectors;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.connectors.all()
			.stream()
			.filter((registered) -> registered.properties().enabled())
			.forEach((registered) -> schedule(registered.connector().providerId(), registered.properties().schedule()));
	}

	private void schedule(String provider, String cron) {
		JobDetail job = JobBuilder.newJob(ProviderSyncJob.class)
			.withIdentity(JobKey.jobKey(provider, GROUP))
			.usingJobData(ProviderSyncJob.PROVIDER, provider)
			.storeDurably()
			.build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(provider, GROUP)
			.forJob(job)
			.withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
			.build();
		try {
			this.scheduler.scheduleJob(job, Set.of(trigger), true);
			logger.info("Scheduled {} syncs with cron '{}'", provider, cron);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not schedule " + provider + " syncs", ex);
		}
	}

}
