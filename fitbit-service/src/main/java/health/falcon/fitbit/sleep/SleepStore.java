package health.falcon.fitbit.sleep;

import java.time.Instant;
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
	 * @return how many were inserted or changed
	 */
	int upsert(String userId, Collection<SleepSession> sessions, Source source);

	/**
	 * Delete the user's sessions that ended in a physical time range, except those that
	 * start at one of the given instants (the sessions the source still reports there).
	 * Idempotent.
	 * @param userId the owner
	 * @param from the first end instant included
	 * @param to the first end instant excluded
	 * @param keepStarts the start instants of the sessions to keep (compared by minute)
	 * @return how many were deleted
	 */
	long removeEndedBetween(String userId, Instant from, Instant to, Collection<Instant> keepStarts);

	/**
	 * Delete all of the user's sleep sessions.
	 * @param userId the owner
	 * @return how many were deleted
	 */
	long purge(String userId);

}
