package health.falcon.fitbit.sleep;

import java.util.Collection;

import health.falcon.model.Source;

/**
 * Stores {@code sleep_sessions}: idempotent upserts on the natural key (user, start
 * minute).
 */
public interface SleepStore {

	/**
	 * Upsert sessions.
	 * @param userId the owner
	 * @param sessions the sessions
	 * @param source where they came from
	 * @return how many were inserted or changed
	 */
	int upsert(String userId, Collection<SleepSession> sessions, Source source);

	/**
	 * Delete all of the user's sleep sessions.
	 * @param userId the owner
	 * @return how many were deleted
	 */
	long purge(String userId);

}
