package health.falcon.data.metrics.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.metrics.MetricValues;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.documents.settings.UserZones;
import org.bson.Document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The exports on mongo-java-server: the metrics package and its exports (scanned, since
 * the metrics' repositories are that package's own), the user's settings, a fixed clock.
 */
@Import(ExportSliceSupport.ExportBeans.class)
abstract class ExportSliceSupport extends MongoSliceSupport {

	void settings(String userId, String zone, String units) {
		this.template.save(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, zone)
			.append(UserSettingsCollection.UNITS, units), UserSettingsCollection.COLLECTION);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = MetricValues.class)
	@EnableConfigurationProperties(PrecedenceProperties.class)
	static class ExportBeans {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
		}

		@Bean
		UserZones userZones(MongoTemplate template) {
			return new UserZones(template);
		}

	}

}
