package health.falcon.fitbit.daily;

import java.time.LocalDate;
import java.util.Collection;

import health.falcon.model.Source;

/**
 * Stores {@code daily_activity}: one document per user and local day; merges field by
 * field, so the API and an export can each fill in what they know, and a revised value
 * replaces the old.
 */
public interface DailyActivityStore {

	/**
	 * Merge days.
	 * @param userId the owner
	 * @return how many days were created or changed
	 */
	int merge(String userId, Collection<DailyActivity> days, Source source);

	/**
	 * Remove one metric from some local days (its data was deleted at the source); a day
	 * left without any metric is deleted. Idempotent.
	 * @param userId the owner
	 * @param metric the metric to remove
	 * @return how many days changed
	 */
	int clear(String userId, Collection<LocalDate> days, DailyMetric metric);

	/**
	 * Delete all of the user's daily activity.
	 * @param userId the owner
	 * @return how many days were deleted
	 */
	long purge(String userId);

}
