package health.falcon.dropbox.config;

import java.util.Map;

import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.ingest.account.AccountData;
import health.falcon.ingest.account.UserCollections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Every collection dropbox-ingest writes, erased when the user deletes the account (the
 * ingest kit's {@code DELETE /account/data}, after the connector's purge): blood pressure
 * and HRV of every source (the Dropbox folder and uploads), the mapping profiles and the
 * folder settings.
 */
@Configuration(proxyBeanMethods = false)
class AccountDataConfiguration {

	@Bean
	AccountData dropboxAccountData(MongoOperations mongo) {
		return new UserCollections(mongo,
				Map.of(BloodPressureCollection.COLLECTION, BloodPressureCollection.USER_ID,
						HrvRecordingsCollection.COLLECTION, HrvRecordingsCollection.USER_ID, "mapping_profiles",
						"userId", "dropbox_settings", "_id"));
	}

}
