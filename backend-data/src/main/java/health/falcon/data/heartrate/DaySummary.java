package health.falcon.data.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleKeys;
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
 * @param hours how many hours of the epoch hold samples, 0 when not known
 * @param start no sample is earlier
 * @param end every sample is earlier
 * @param source the latest writer's {@code provider/channel}, or {@code null}
 */
record DaySummary(LocalDate day, long count, long sum, int min, int max, int hours, Instant start, Instant end,
		@Nullable String source) {

	private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

	private static final ZoneOffset LATEST = ZoneOffset.ofHours(-12);

	/**
	 * A summary whose samples lie anywhere on the day, at any offset.
	 */
	static DaySummary of(LocalDate day, long count, long sum, int min, int max, int hours, @Nullable String source) {
		return new DaySummary(day, count, sum, min, max, hours, day.atStartOfDay(EARLIEST).toInstant(),
				day.plusDays(1).atStartOfDay(LATEST).toInstant(), source);
	}

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
		int hours = 0;
		for (int i = 0; i < rollups.size(); i++) {
			count += rollups.count()[i];
			sum += rollups.sum()[i];
			min = Math.min(min, rollups.min()[i]);
			max = Math.max(max, rollups.max()[i]);
			if (i == 0 || rollups.minutes()[i] / 60 != rollups.minutes()[i - 1] / 60) {
				hours++;
			}
		}
		if (rollups.size() == 0) {
			return of(day.day(), 0, 0, min, max, 0, day.source());
		}
		Instant start = SampleKeys.instant(day.day(), rollups.minutes()[0] * 60);
		Instant end = SampleKeys.instant(day.day(), rollups.minutes()[rollups.size() - 1] * 60 + 60);
		return new DaySummary(day.day(), count, sum, min, max, hours, start, end, day.source());
	}

}
