package health.falcon.ingest.handoff;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Provides {@link HandOffRecords} in every service with MongoDB, so that the services
 * receiving hand-offs (diet-service, fitbit-service) share one check.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnBean(MongoOperations.class)
public class HandOffAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HandOffRecords falconHandOffRecords(MongoOperations mongo) {
		return new HandOffRecords(mongo);
	}

}
