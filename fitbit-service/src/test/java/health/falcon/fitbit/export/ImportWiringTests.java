package health.falcon.fitbit.export;

import java.time.Clock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateDays;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.heartrate.MongoHeartRateStore;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.ingest.users.UserZones;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart-rate and import beans wire up from their constructors alone, with the
 * defaults of {@code falcon.fitbit.imports.*}.
 */
class ImportWiringTests {

	@Test
	void wiresTheImportAndHeartRateBeans() {
		MongoServer server = new MongoServer(new MemoryBackend());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			new ApplicationContextRunner().withUserConfiguration(Properties.class)
				.withBean(MongoTemplate.class, () -> new MongoTemplate(client, "falcon"))
				.withBean(Clock.class, Clock::systemUTC)
				.withBean(SleepStore.class, RecordingStores.Sleep::new)
				.withBean(DailyActivityStore.class, RecordingStores.Daily::new)
				.withBean(MongoHeartRateStore.class)
				.withBean(HeartRateDays.class)
				.withBean(QuarantinedRecords.class)
				.withBean(FitbitExportImporter.class)
				.withBean(ImportRuns.class)
				.withBean(UserZones.class)
				.withBean(FitbitImportService.class)
				.run((context) -> {
					assertThat(context).hasNotFailed().hasSingleBean(HeartRateStore.class);
					assertThat(context.getBean(FitbitImportProperties.class).maxUploadSize().toGigabytes())
						.isEqualTo(1);
				});
		}
		finally {
			server.shutdownNow();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FitbitImportProperties.class)
	static class Properties {

	}

}
