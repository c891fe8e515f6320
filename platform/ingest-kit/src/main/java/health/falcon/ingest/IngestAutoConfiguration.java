package health.falcon.ingest;

import java.time.Clock;
import java.util.List;

import health.falcon.ingest.account.AccountConfiguration;
import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.connection.ConnectionConfiguration;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.oauth.OAuthConfiguration;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.ratelimit.RateBudget;
import health.falcon.ingest.schedule.ScheduleConfiguration;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.sync.SyncConfiguration;
import health.falcon.ingest.time.Sleeper;
import health.falcon.ingest.web.WebConfiguration;
import health.falcon.documents.settings.UserZones;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Auto-configuration of the ingest kit in a servlet service that declares at least one
 * {@link ProviderConnector} bean: connections, the connect flow, token refresh, runs and
 * leases, the rate budget, Quartz schedules and the {@code /api/connections/{provider}}
 * endpoints. A {@link Clock} and a {@link Sleeper} are provided unless the service (or a
 * test) declares its own.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBean({ ProviderConnector.class, MongoOperations.class })
@EnableConfigurationProperties(IngestProperties.class)
@Import({ ConnectionConfiguration.class, OAuthConfiguration.class, SyncConfiguration.class, ScheduleConfiguration.class,
		WebConfiguration.class, AccountConfiguration.class })
public class IngestAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock falconIngestClock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	Sleeper falconIngestSleeper() {
		return Sleeper.system();
	}

	@Bean
	@ConditionalOnMissingBean
	UserZones falconIngestUserZones(MongoOperations mongo) {
		return new UserZones(mongo);
	}

	@Bean
	TokenCipher falconIngestTokenCipher(IngestProperties properties) {
		return new TokenCipher(properties.encryption().activeKeyId(), properties.encryption().keys());
	}

	@Bean
	ProviderConnectors falconIngestProviderConnectors(List<ProviderConnector> connectors, IngestProperties properties) {
		return new ProviderConnectors(connectors, properties);
	}

	@Bean
	RateBudget falconIngestRateBudget(MongoOperations mongo, Clock clock, Sleeper sleeper,
			IngestProperties properties) {
		return new RateBudget(mongo, clock, sleeper, properties.rateLimit());
	}

}
