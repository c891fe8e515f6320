package health.falcon.ingest.sample;

import java.util.List;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.schedule.ScheduledSyncs;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quartz schedule of each provider and one scheduled round.
 */
class ScheduleIntegrationTests extends IngestIntegrationSupport {

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private ScheduledSyncs syncs;

	@Test
	void schedulesTheProviderWithItsCronSkippingMisfires() throws Exception {
		CronTrigger trigger = (CronTrigger) this.scheduler.getTrigger(TriggerKey.triggerKey("acme", "falcon-ingest"));
		assertThat(trigger.getCronExpression()).isEqualTo("0 */15 * * * ?");
		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
	}

	@Test
	void aRoundSyncsEveryUsableConnection() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		connect("demo", "access", "refresh", START.plusSeconds(3600));
		this.store.needsReconnect("demo:acme", "refresh-rejected", START);
		provider.stubFor(get(urlPathEqualTo("/api/records")).willReturn(aResponse().withBody("1,ride,100")));
		List<RunOutcome> outcomes = this.syncs.syncAll("acme");
		assertThat(outcomes).extracting(RunOutcome::status).containsExactly(RunOutcome.Status.SUCCEEDED);
		assertThat(connection("alex").getCursors()).containsEntry("records", "100");
	}

}
