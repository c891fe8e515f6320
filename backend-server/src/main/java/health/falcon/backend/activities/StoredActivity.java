package health.falcon.backend.activities;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of an {@code activities} document (written by fitness-service, see
 * {@code docs/ingest-contracts.md}); only the members the API returns. Quantities are SI.
 *
 * @param id the document id ({@code <userId>:strava:<activityId>})
 * @param name the activity's title
 * @param sportType the normalized sport ({@code RUN}, {@code RIDE}, …)
 * @param sportTypeRaw the provider's own sport name ({@code TrailRun})
 * @param time when it started
 * @param elapsedSeconds wall-clock duration in seconds
 * @param movingSeconds moving time in seconds
 * @param distanceMeters distance in metres
 * @param elevationGainMeters elevation gain in metres
 * @param averageHeartRateBpm average heart rate in beats per minute
 * @param maxHeartRateBpm maximum heart rate in beats per minute
 * @param energyKcal energy in kilocalories
 */
@Document("activities")
record StoredActivity(@Id String id, @Nullable String name, @Nullable String sportType, @Nullable String sportTypeRaw,
		Time time, @Nullable Long elapsedSeconds, @Nullable Long movingSeconds, @Nullable Double distanceMeters,
		@Nullable Double elevationGainMeters, @Nullable Double averageHeartRateBpm, @Nullable Double maxHeartRateBpm,
		@Nullable Double energyKcal) {

	/**
	 * The start of an activity.
	 *
	 * @param instant the start instant (UTC)
	 * @param zoneId the zone it happened in, when known
	 * @param localDate the local calendar date, {@code YYYY-MM-DD}
	 */
	record Time(Instant instant, @Nullable String zoneId, String localDate) {
	}

}
