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
 * Writes {@code activities} in the shape fitness-service stores a Strava activity: keyed
 * {@code <userId>:strava:<id>}, the start as a measurement time, soft deletion as
 * {@code deleted} (fitness-service's {@code ActivityDocuments}).
 */
public final class Activities {

	private Activities() {
	}

	/**
	 * Store an activity; an unknown measure is {@code null}.
	 */
	public static void write(MongoTemplate template, String userId, String id, String sport, Instant start, ZoneId zone,
			@Nullable Double distance, @Nullable Long movingSeconds, @Nullable Double energyKcal, boolean deleted) {
		Source source = new Source("strava", id, "run-1", Instant.parse("2026-03-01T00:00:00Z"));
		template.save(
				new Document(ActivitiesCollection.ID, userId + ":strava:" + id)
					.append(ActivitiesCollection.USER_ID, userId)
					.append(ActivitiesCollection.SOURCE, Provenance.toDocument(source))
					.append(ActivitiesCollection.NAME, sport + " " + id)
					.append(ActivitiesCollection.SPORT_TYPE, sport)
					.append(ActivitiesCollection.SPORT_TYPE_RAW, sport)
					.append(ActivitiesCollection.TIME, time(start, zone))
					.append(ActivitiesCollection.ELAPSED_SECONDS, movingSeconds)
					.append(ActivitiesCollection.MOVING_SECONDS, movingSeconds)
					.append(ActivitiesCollection.DISTANCE_METERS, distance)
					.append(ActivitiesCollection.ENERGY_KCAL, energyKcal)
					.append(ActivitiesCollection.DELETED, deleted)
					.append(ActivitiesCollection.UPDATED_AT, DailyActivities.UPDATED_AT),
				ActivitiesCollection.COLLECTION);
	}

	/**
	 * fitness-service's {@code ActivityDocuments}: a measurement time, UTC as
	 * {@code +00:00}.
	 */
	private static Document time(Instant start, ZoneId zone) {
		Document time = DropboxRows.time(start, zone, false);
		return time.append(MeasurementTimeFields.OFFSET,
				time.getString(MeasurementTimeFields.OFFSET).replace("Z", "+00:00"));
	}

}
