package health.falcon.data.config;

import health.falcon.documents.settings.UserZones;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The users' profile zones, read the way every service reads them, in which local dates
 * of a query are resolved.
 */
@Configuration(proxyBeanMethods = false)
class UserZonesConfiguration {

	@Bean
	UserZones userZones(MongoOperations mongo) {
		return new UserZones(mongo);
	}

}
