package health.falcon.fitness.activity;

import health.falcon.model.MeasurementTime;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * One activity in the shape of the {@code activities} collection (see
 * {@code docs/ingest-contracts.md}), in SI units. The natural key is (userId,
 * source.provider, source.sourceId).
 *
 * @param userId the owner
 * @param source provenance; {@code sourceId} is the provider's activity id
 * @param name the title the athlete gave it, {@code null} when none
 * @param sportType the normalized kind
 * @param sportTypeRaw the provider's kind as received, {@code null} when none
 * @param time start instant, offset, zone and local date
 * @param elapsedSeconds wall-clock duration, s
 * @param movingSeconds moving duration, s
 * @param distanceMeters distance, m
 * @param elevationGainMeters total elevation gain, m
 * @param averageSpeedMps average speed, m/s
 * @param maxSpeedMps maximum speed, m/s
 * @param averageHeartRateBpm average heart rate, beats per minute
 * @param maxHeartRateBpm maximum heart rate, beats per minute
 * @param energyKcal energy spent, kcal ({@code null} until the provider's details were
 * fetched)
 * @param kilojoules work done, kJ (rides with power data)
 */
public record Activity(String userId, Source source, @Nullable String name, SportType sportType,
		@Nullable String sportTypeRaw, MeasurementTime time, @Nullable Long elapsedSeconds,
		@Nullable Long movingSeconds, @Nullable Double distanceMeters, @Nullable Double elevationGainMeters,
		@Nullable Double averageSpeedMps, @Nullable Double maxSpeedMps, @Nullable Double averageHeartRateBpm,
		@Nullable Double maxHeartRateBpm, @Nullable Double energyKcal, @Nullable Double kilojoules) {

	/**
	 * The document id, {@code <userId>:<provider>:<sourceId>}.
	 * @return the id
	 */
	public String id() {
		return id(this.userId, this.source.provider(), this.source.sourceId());
	}

	/**
	 * The document id of an activity.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param sourceId the provider's activity id
	 * @return {@code <userId>:<provider>:<sourceId>}
	 */
	public static String id(String userId, String provider, String sourceId) {
		return userId + ":" + provider + ":" + sourceId;
	}

}
