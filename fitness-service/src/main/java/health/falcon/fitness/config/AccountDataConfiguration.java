package health.falcon.fitness.config;

import java.util.Map;

import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.ingest.account.AccountData;
import health.falcon.ingest.account.UserCollections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Every collection fitness-service writes, erased when the user deletes the account (the
 * ingest kit's {@code DELETE /account/data}, after the connector's purge): the activities
 * (also those marked deleted) and the detail backlog.
 */
@Configuration(proxyBeanMethods = false)
class AccountDataConfiguration {

	@Bean
	AccountData fitnessAccountData(MongoOperations mongo) {
		return new UserCollections(mongo, Map.of(ActivitiesCollection.COLLECTION, ActivitiesCollection.USER_ID,
				"activity_detail_backlog", "userId"));
	}

}
