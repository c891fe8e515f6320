package health.falcon.devstack.mongo.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the embedded MongoDB server as a lifecycle bean.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedMongoConfiguration {

	@Bean
	EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
		return new EmbeddedMongoServer(properties);
	}

}
