package health.falcon.documents.activities;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read record of an {@code activities} document, mapped by Spring Data (see
 * {@link ActivitiesCollection} for the members and {@code docs/ingest-contracts.md}). The
 * writer's bookkeeping ({@code source}, {@code contentHash}, {@code updatedAt},
 * {@code deletedAt}) is left out. Quantities are SI.
 *
 * @param id the document id ({@code <userId>:strava:<activityId>})
 * @param userId the owner
 * @param name the activity's title
 * @param sportType the normalized sport ({@code RUN}, {@code RIDE}, …)
 * @param sportTypeRaw the provider's own sport name ({@code TrailRun})
 * @param time when it started
 * @param elapsedSeconds wall-clock duration in seconds
 * @param movingSeconds moving time in seconds
 * @param distanceMeters distance in metres
 * @param elevationGainMeters elevation gain in metres
 * @param averageSpeedMps average speed in metres per second
 * @param maxSpeedMps maximum speed in metres per second
 * @param averageHeartRateBpm average heart rate in beats per minute
 * @param maxHeartRateBpm maximum heart rate in beats per minute
 * @param energyKcal energy in kilocalories, {@code null} until the details were fetched
 * @param kilojoules work done in kilojoules (rides with power data)
 * @param deleted whether the provider deleted it ({@code null} reads as not deleted)
 */
@Document(ActivitiesCollection.COLLECTION)
public record ActivityDocument(@Id String id, String userId, @Nullable String name, @Nullable String sportType,
		@Nullable String sportTypeRaw, Time time, @Nullable Long elapsedSeconds, @Nullable Long movingSeconds,
		@Nullable Double distanceMeters, @Nullable Double elevationGainMeters, @Nullable Double averageSpeedMps,
		@Nullable Double maxSpeedMps, @Nullable Double averageHeartRateBpm, @Nullable Double maxHeartRateBpm,
		@Nullable Double energyKcal, @Nullable Double kilojoules, @Nullable Boolean deleted) {

	/**
	 * The start of an activity.
	 *
	 * @param instant the start instant (UTC)
	 * @param offset the UTC offset at the start ({@code +01:00})
	 * @param zoneId the zone it happened in, when known
	 * @param localDate the local calendar date, {@code YYYY-MM-DD}
	 * @param zoneAssumed whether the zone came from the user's profile
	 */
	public record Time(Instant instant, @Nullable String offset, @Nullable String zoneId, String localDate,
			@Nullable Boolean zoneAssumed) {

	}

}
