package health.falcon.data.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the user's activities in a range, newest first, and totals over the whole
 * range. Quantities are SI; a value the provider did not report is {@code null}, never 0.
 *
 * @param items at most {@code limit} activities
 * @param totals sums over every activity in the range (and sport), also those beyond the
 * limit
 * @param nextCursor the cursor of the next page, {@code null} at the end
 */
public record ActivityPage(List<Item> items, ActivityTotals totals, @Nullable String nextCursor) {

	/**
	 * One activity.
	 *
	 * @param id the activity's id
	 * @param name its title
	 * @param sportType the normalized sport ({@code RUN}, {@code RIDE}, …)
	 * @param sportTypeRaw the provider's sport name
	 * @param startTime the start instant
	 * @param localDate the local date it started on ({@code YYYY-MM-DD})
	 * @param zoneId the zone it happened in, when known
	 * @param elapsedSeconds wall-clock duration in seconds
	 * @param movingSeconds moving time in seconds
	 * @param distanceMeters distance in metres
	 * @param elevationGainMeters elevation gain in metres
	 * @param averageHeartRateBpm average heart rate in beats per minute
	 * @param maxHeartRateBpm maximum heart rate in beats per minute
	 * @param energyKcal energy in kilocalories, {@code null} when unknown
	 */
	public record Item(String id, @Nullable String name, @Nullable String sportType, @Nullable String sportTypeRaw,
			Instant startTime, String localDate, @Nullable String zoneId, @Nullable Long elapsedSeconds,
			@Nullable Long movingSeconds, @Nullable Double distanceMeters, @Nullable Double elevationGainMeters,
			@Nullable Double averageHeartRateBpm, @Nullable Double maxHeartRateBpm, @Nullable Double energyKcal) {

	}

}
