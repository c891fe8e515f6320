package health.falcon.data.heartrate;

import java.time.LocalDate;

import health.falcon.documents.heartrate.MinuteRollups;
import org.jspecify.annotations.Nullable;

/**
 * One stored day as the calendar buckets ({@code 1d}, weeks) need it: the count, sum,
 * smallest and largest bpm of all its samples.
 *
 * @param day the local day of the document
 * @param count the number of samples
 * @param sum the sum of their bpm
 * @param min the smallest bpm (meaningless without samples)
 * @param max the largest bpm (meaningless without samples)
 * @param source the latest writer's {@code provider/channel}, or {@code null}
 */
record DaySummary(LocalDate day, long count, long sum, int min, int max, @Nullable String source) {

	/**
	 * The summary of a day computed from its per-minute rollups (a day written before the
	 * summary was stored).
	 */
	static DaySummary of(StoredDay day) {
		MinuteRollups rollups = day.rollups();
		long count = 0;
		long sum = 0;
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < rollups.size(); i++) {
			count += rollups.count()[i];
			sum += rollups.sum()[i];
			min = Math.min(min, rollups.min()[i]);
			max = Math.max(max, rollups.max()[i]);
		}
		return new DaySummary(day.day(), count, sum, min, max, day.source());
	}

}
