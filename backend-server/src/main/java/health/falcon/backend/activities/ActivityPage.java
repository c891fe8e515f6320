package health.falcon.backend.activities;

import java.time.Instant;
import java.util.List;

import health.falcon.documents.activities.ActivityDocument;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/activities}: the user's activities in the range, newest
 * first, and totals over the whole range. Quantities are SI; the frontend converts them
 * for display.
 *
 * @param items at most {@code limit} activities
 * @param totals sums over every activity in the range, also those beyond the limit
 */
record ActivityPage(List<Item> items, ActivityTotals totals) {

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
	 * @param energyKcal energy in kilocalories
	 */
	record Item(String id, @Nullable String name, @Nullable String sportType, @Nullable String sportTypeRaw,
			Instant startTime, String localDate, @Nullable String zoneId, @Nullable Long elapsedSeconds,
			@Nullable Long movingSeconds, @Nullable Double distanceMeters, @Nullable Double elevationGainMeters,
			@Nullable Double averageHeartRateBpm, @Nullable Double maxHeartRateBpm, @Nullable Double energyKcal) {

		static Item of(ActivityDocument activity) {
			return new Item(activity.id(), activity.name(), activity.sportType(), activity.sportTypeRaw(),
					activity.time().instant(), activity.time().localDate(), activity.time().zoneId(),
					activity.elapsedSeconds(), activity.movingSeconds(), activity.distanceMeters(),
					activity.elevationGainMeters(), activity.averageHeartRateBpm(), activity.maxHeartRateBpm(),
					activity.energyKcal());
		}

	}

}
