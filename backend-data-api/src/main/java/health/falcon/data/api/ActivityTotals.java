package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

/**
 * Sums over every activity in a date range (not only the returned page). Distance and
 * moving time count a missing value as zero; energy is summed only over the activities
 * that have it, and says how many those were, so that unknown energy never reads as 0.
 *
 * @param count number of activities
 * @param distanceMeters total distance in metres
 * @param movingSeconds total moving time in seconds
 * @param energyKcal total energy in kilocalories of the {@code energyCount} activities
 * with energy, {@code null} when none has it
 * @param energyCount how many activities have energy
 */
public record ActivityTotals(long count, double distanceMeters, long movingSeconds, @Nullable Double energyKcal,
		long energyCount) {

	/** The totals of no activities. */
	public static final ActivityTotals NONE = new ActivityTotals(0, 0, 0, null, 0);

}
