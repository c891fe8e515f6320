package health.falcon.fitness.reconcile;

import java.util.TimeZone;

import health.falcon.fitness.config.FitnessProperties;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the periodic reconciliation with Boot's Quartz scheduler: cron
 * {@code falcon.fitness.strava.reconcile.schedule} in UTC, skipped with
 * {@code falcon.fitness.strava.reconcile.enabled=false}. A fire missed while the service
 * was down is skipped, as the next round covers the same window.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "falcon.fitness.strava.reconcile.enabled", matchIfMissing = true)
class ReconcileScheduleConfiguration {

	private static final String GROUP = "falcon-fitness";

	@Bean
	JobDetail stravaReconcileJob() {
		return JobBuilder.newJob(ReconcileJob.class).withIdentity("strava-reconcile", GROUP).storeDurably().build();
	}

	@Bean
	Trigger stravaReconcileTrigger(JobDetail stravaReconcileJob, FitnessProperties properties) {
		return TriggerBuilder.newTrigger()
			.withIdentity("strava-reconcile", GROUP)
			.forJob(stravaReconcileJob)
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.strava().reconcile().schedule())
				.inTimeZone(TimeZone.getTimeZone("UTC"))
				.withMisfireHandlingInstructionDoNothing())
			.build();
	}

}
