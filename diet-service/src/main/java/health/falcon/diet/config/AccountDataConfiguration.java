package health.falcon.diet.config;

import java.util.Map;

import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.ingest.account.AccountData;
import health.falcon.ingest.account.UserCollections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Every collection diet-service writes, erased when the user deletes the account (the
 * ingest kit's {@code DELETE /account/data}, after the connector's purge): the nutrition
 * days of both channels (the diary and the export files), the body measurements, the
 * MyFitnessPal profile and the legacy import records.
 */
@Configuration(proxyBeanMethods = false)
class AccountDataConfiguration {

	@Bean
	AccountData dietAccountData(MongoOperations mongo) {
		return new UserCollections(mongo,
				Map.of(NutritionDaysCollection.COLLECTION, NutritionDaysCollection.USER_ID,
						BodyMeasurementsCollection.COLLECTION, BodyMeasurementsCollection.USER_ID, "diet_imports",
						"userId", "myfitnesspal_profiles", "_id"));
	}

}
