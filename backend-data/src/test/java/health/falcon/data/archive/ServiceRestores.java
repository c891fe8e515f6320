package health.falcon.data.archive;

import java.util.List;
import java.util.Set;

import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.ingest.restore.RestoredCollection;
import health.falcon.ingest.restore.RestoredIds;

/**
 * The restore declarations of the four ingest services (fitness-service, fitbit-service,
 * diet-service, dropbox-ingest: their {@code restore} packages), repeated here with the
 * same id helpers since backend-data cannot depend on service modules, as the writers of
 * {@code health.falcon.data.stored} repeat their stores.
 */
final class ServiceRestores {

	private ServiceRestores() {
	}

	static List<RestoredCollection> all() {
		return List.of(RestoredCollection.rebuildingId(ActivitiesCollection.COLLECTION,
				(document, userId) -> userId + ":" + RestoredIds.string(document, ActivitiesCollection.SOURCE_PROVIDER)
						+ ":" + RestoredIds.string(document, ActivitiesCollection.SOURCE_ID)),
				RestoredCollection.rebuildingId(HeartRateDaysCollection.COLLECTION,
						(document, userId) -> HeartRateDaysCollection.id(userId,
								RestoredIds.date(document, HeartRateDaysCollection.LOCAL_DATE))),
				RestoredCollection.rebuildingId(HeartRateSamplesCollection.COLLECTION,
						(document, userId) -> HeartRateDaysCollection.id(userId,
								RestoredIds.date(document, HeartRateSamplesCollection.LOCAL_DATE))),
				RestoredCollection.rebuildingId(SleepSessionsCollection.COLLECTION,
						(document, userId) -> SleepSessionsCollection.id(userId,
								RestoredIds.instant(document, SleepSessionsCollection.START))),
				RestoredCollection.rebuildingId(DailyActivityCollection.COLLECTION,
						(document, userId) -> DailyActivityCollection.id(userId,
								RestoredIds.date(document, DailyActivityCollection.LOCAL_DATE))),
				RestoredCollection.rebuildingId(NutritionDaysCollection.COLLECTION,
						(document, userId) -> NutritionDaysCollection.id(userId,
								RestoredIds.date(document, NutritionDaysCollection.DATE))),
				RestoredCollection.rebuildingId(BodyMeasurementsCollection.COLLECTION,
						(document, userId) -> BodyMeasurementsCollection.id(userId,
								RestoredIds.date(document, BodyMeasurementsCollection.DATE))),
				RestoredCollection.rebuildingId(BloodPressureCollection.COLLECTION,
						(document, userId) -> userId + ":"
								+ RestoredIds.instant(document,
										BloodPressureCollection.TIME + "." + MeasurementTimeFields.INSTANT)
								+ ":" + RestoredIds.string(document, BloodPressureCollection.SOURCE + ".sha256") + ":"
								+ RestoredIds.number(document, BloodPressureCollection.SOURCE + ".line")),
				RestoredCollection.rebuildingId(HrvRecordingsCollection.COLLECTION,
						(document, userId) -> userId + ":"
								+ RestoredIds.string(document, HrvRecordingsCollection.SOURCE + ".sha256")),
				RestoredCollection.importedFiles(Set.of("strava", "fitbit", "myfitnesspal", "dropbox")));
	}

}
