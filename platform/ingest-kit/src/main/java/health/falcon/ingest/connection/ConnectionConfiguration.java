package health.falcon.ingest.connection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/**
 * The {@code connections} beans. The repository is created directly from its factory
 * rather than with {@code @EnableMongoRepositories}, which would switch off Boot's
 * repository scanning of the service that uses the kit.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionConfiguration {

	@Bean
	ConnectionRepository falconIngestConnectionRepository(MongoOperations mongo) {
		return new MongoRepositoryFactory(mongo).getRepository(ConnectionRepository.class);
	}

	@Bean
	ConnectionStore falconIngestConnectionStore(MongoOperations mongo) {
		return new ConnectionStore(mongo);
	}

}
