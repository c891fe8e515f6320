package health.falcon.data.config;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link MongoReplyBytes} with the MongoDB client, so that the bytes every read
 * costs show on the management port's {@code /actuator/prometheus} as
 * {@code falcon_mongodb_reply_bytes_total{command, collection}}.
 */
@Configuration(proxyBeanMethods = false)
class MongoReplyMetricsConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer mongoReplyBytes(MeterRegistry registry) {
		MongoReplyBytes listener = new MongoReplyBytes(registry);
		return (settings) -> settings.addCommandListener(listener);
	}

}
