package health.falcon.fitbit.config;

import java.util.Map;

import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.ingest.account.AccountData;
import health.falcon.ingest.account.UserCollections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Every collection fitbit-service writes, erased when the user deletes the account (the
 * ingest kit's {@code DELETE /account/data}, after the connector's purge): sleep, daily
 * activity and heart rate of every source (the Google Health API and the export imports),
 * the export's own quarantine, the profile and the legacy import records.
 */
@Configuration(proxyBeanMethods = false)
class AccountDataConfiguration {

	@Bean
	AccountData fitbitAccountData(MongoOperations mongo) {
		return new UserCollections(mongo,
				Map.of(SleepSessionsCollection.COLLECTION, SleepSessionsCollection.USER_ID,
						DailyActivityCollection.COLLECTION, DailyActivityCollection.USER_ID,
						HeartRateDaysCollection.COLLECTION, HeartRateDaysCollection.USER_ID,
						HeartRateSamplesCollection.COLLECTION, HeartRateSamplesCollection.USER_ID,
						"fitbit_quarantined_records", "userId", "fitbit_imports", "userId", "fitbit_profiles", "_id"));
	}

}
