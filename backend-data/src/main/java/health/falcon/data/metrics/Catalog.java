package health.falcon.data.metrics;

import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;

/**
 * Whether a user has data for a metric: one {@code exists} query on the {@code userId}
 * prefix of the store's key, with the metric's field (for nutrition: in either channel).
 */
final class Catalog {

	private Catalog() {
	}

	static boolean hasData(DailyMetricsRepository repository, String userId, DailyMetric metric) {
		return switch (metric.store()) {
			case DAILY_ACTIVITY -> repository.exists(userId, DailyActivityCollection.COLLECTION, metric.field());
			case HEART_RATE_DAYS -> repository.exists(userId, HeartRateDaysCollection.COLLECTION, metric.field());
			case BODY_MEASUREMENTS -> repository.exists(userId, BodyMeasurementsCollection.COLLECTION, metric.field());
			case NUTRITION_DAYS ->
				repository.exists(userId, NutritionDaysCollection.COLLECTION, NutritionMetricsRepository.paths(metric));
			case SLEEP_SESSIONS -> repository.exists(userId, SleepSessionsCollection.COLLECTION, metric.field());
			case BLOOD_PRESSURE -> repository.exists(userId, BloodPressureCollection.COLLECTION, metric.field());
			case HRV_RECORDINGS -> repository.exists(userId, HrvRecordingsCollection.COLLECTION);
		};
	}

}
