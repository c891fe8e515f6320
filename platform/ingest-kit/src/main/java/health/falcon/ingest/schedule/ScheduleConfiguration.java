package health.falcon.ingest.schedule;

import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.sync.SyncRunner;
import org.quartz.Scheduler;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Quartz schedules, when the service has a Quartz {@link Scheduler} (Boot's Quartz
 * auto-configuration, with its in-memory job store).
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

	@Bean
	ScheduledSyncs falconIngestScheduledSyncs(ConnectionRepository connections, SyncRunner runner) {
		return new ScheduledSyncs(connections, runner);
	}

	@Bean
	@ConditionalOnBean(Scheduler.class)
	ProviderSchedules falconIngestProviderSchedules(Scheduler scheduler, ProviderConnectors connectors) {
		return new ProviderSchedules(scheduler, connectors);
	}

}
