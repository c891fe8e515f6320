package health.falcon.fitbit.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import health.falcon.model.Source;

/**
 * Stores intraday heart rate as one document per user and local day. Every method is
 * idempotent: samples already stored for the same second are replaced, late samples for a
 * stored day merge in, storing the same samples twice changes nothing, and removing what
 * was removed before changes nothing either.
 */
public interface HeartRateStore {

	/**
	 * Merge samples; they may span several local days (each sample's own offset decides
	 * its day).
	 * @param userId the owner
	 * @param samples the samples, in any order
	 * @param source where they came from (provider {@code fitbit}; the API or an export
	 * file)
	 * @return how many days were created or changed
	 */
	int merge(String userId, Collection<HeartRateSample> samples, Source source);

	/**
	 * Record the day's resting heart rate.
	 * @param userId the owner
	 * @param restingBpm beats per minute, or {@code null} when the source reported none
	 */
	void restingHeartRate(String userId, LocalDate day, @Nullable Integer restingBpm, Source source);

	/**
	 * Remove the samples whose instant lies in a physical time range (data deleted at the
	 * source), recomputing the rollups of every day that lost samples. Days keep their
	 * document (and resting heart rate) even when no sample is left. Idempotent.
	 * @param userId the owner
	 * @param from the first instant removed
	 * @param to the first instant kept again
	 * @param source who removed them (recorded among the day's sources)
	 * @return how many days changed
	 */
	int remove(String userId, Instant from, Instant to, Source source);

	/**
	 * Remove the resting heart rate of some local days (deleted at the source).
	 * Idempotent.
	 * @param userId the owner
	 * @return how many days changed
	 */
	int clearRestingHeartRate(String userId, Collection<LocalDate> days);

	/**
	 * Delete all of the user's heart-rate days.
	 * @param userId the owner
	 * @return how many days were deleted
	 */
	long purge(String userId);

}
