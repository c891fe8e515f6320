package health.falcon.data.stored;

import java.time.Instant;
import java.time.ZoneId;

import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.Provenance;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code activities} with heart rate in the shape fitness-service stores a Strava
 * activity (as {@link Activities}, plus the elapsed time apart from the moving time and
 * the average and maximum heart rate Strava reports; an unknown one is absent).
 */
public final class ActivitiesWithHeartRate {

	private ActivitiesWithHeartRate() {
	}

	/**
	 * Store a run.
	 * @param elapsedSeconds the wall-clock duration
	 * @param movingSeconds the moving time
	 * @param averageHeartRate the average heart rate, {@code null} when the activity has
	 * none
	 * @param maxHeartRate the maximum heart rate, {@code null} when the activity has none
	 */
	public static void write(MongoTemplate template, String userId, String id, Instant start, ZoneId zone,
			long elapsedSeconds, long movingSeconds, @Nullable Double averageHeartRate, @Nullable Double maxHeartRate) {
		Source source = new Source("strava", id, "run-1", Instant.parse("2026-03-01T00:00:00Z"));
		Document time = DropboxRows.time(start, zone, false);
		time.put(MeasurementTimeFields.OFFSET, time.getString(MeasurementTimeFields.OFFSET).replace("Z", "+00:00"));
		Document document = new Document(ActivitiesCollection.ID, userId + ":strava:" + id)
			.append(ActivitiesCollection.USER_ID, userId)
			.append(ActivitiesCollection.SOURCE, Provenance.toDocument(source))
			.append(ActivitiesCollection.NAME, "Run " + id)
			.append(ActivitiesCollection.SPORT_TYPE, "RUN")
			.append(ActivitiesCollection.SPORT_TYPE_RAW, "Run")
			.append(ActivitiesCollection.TIME, time)
			.append(ActivitiesCollection.ELAPSED_SECONDS, elapsedSeconds)
			.append(ActivitiesCollection.MOVING_SECONDS, movingSeconds)
			.append(ActivitiesCollection.DISTANCE_METERS, 10000.0)
			.append(ActivitiesCollection.DELETED, false)
			.append(ActivitiesCollection.UPDATED_AT, DailyActivities.UPDATED_AT);
		if (averageHeartRate != null) {
			document.append(ActivitiesCollection.AVERAGE_HEART_RATE_BPM, averageHeartRate);
		}
		if (maxHeartRate != null) {
			document.append(ActivitiesCollection.MAX_HEART_RATE_BPM, maxHeartRate);
		}
		template.save(document, ActivitiesCollection.COLLECTION);
	}

}
