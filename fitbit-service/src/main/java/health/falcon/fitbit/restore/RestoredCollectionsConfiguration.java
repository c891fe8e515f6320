package health.falcon.fitbit.restore;

import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.ingest.restore.RestoredCollection;
import health.falcon.ingest.restore.RestoredIds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What fitbit-service restores of a {@code falcon-export} archive: the collections it
 * writes, each id rebuilt for the new owner with health-documents' id helpers.
 */
@Configuration(proxyBeanMethods = false)
class RestoredCollectionsConfiguration {

	@Bean
	RestoredCollection restoredHeartRateDays() {
		return RestoredCollection.rebuildingId(HeartRateDaysCollection.COLLECTION,
				(document, userId) -> HeartRateDaysCollection.id(userId,
						RestoredIds.date(document, HeartRateDaysCollection.LOCAL_DATE)));
	}

	@Bean
	RestoredCollection restoredHeartRateSamples() {
		return RestoredCollection.rebuildingId(HeartRateSamplesCollection.COLLECTION,
				(document, userId) -> HeartRateDaysCollection.id(userId,
						RestoredIds.date(document, HeartRateSamplesCollection.LOCAL_DATE)));
	}

	@Bean
	RestoredCollection restoredSleepSessions() {
		return RestoredCollection.rebuildingId(SleepSessionsCollection.COLLECTION,
				(document, userId) -> SleepSessionsCollection.id(userId,
						RestoredIds.instant(document, SleepSessionsCollection.START)));
	}

	@Bean
	RestoredCollection restoredDailyActivity() {
		return RestoredCollection.rebuildingId(DailyActivityCollection.COLLECTION,
				(document, userId) -> DailyActivityCollection.id(userId,
						RestoredIds.date(document, DailyActivityCollection.LOCAL_DATE)));
	}

}
