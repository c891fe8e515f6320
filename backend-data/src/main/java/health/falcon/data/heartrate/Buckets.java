package health.falcon.data.heartrate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.series.Resolution;

import health.falcon.data.api.MetricSeries.Point;

/**
 * Min/max-preserving buckets over per-minute rollups: every bucket keeps the smallest and
 * largest bpm of its minutes, so peaks survive any downsampling, and its value is the
 * mean of all its samples. Buckets of {@code seconds} are by instant; calendar buckets
 * ({@code weeks} = 0 for a local date, n for n weeks from a Monday) are in the zone, so a
 * daylight-saving day is one bucket of 23 or 25 hours. A bucket without minutes has no
 * point.
 *
 * @param label the resolution named in the answer
 * @param seconds the bucket length by instant, or 0 for a calendar bucket
 * @param weeks 0 for days, else the weeks per calendar bucket
 */
record Buckets(String label, int seconds, int weeks) {

	/** Epoch day 4 (1970-01-05) is a Monday. */
	private static final long FIRST_MONDAY = 4;

	static Buckets of(Resolution resolution) {
		return switch (resolution) {
			case DAY -> new Buckets(resolution.parameter(), 0, 0);
			case WEEK -> weeks(1);
			default -> new Buckets(resolution.parameter(), resolution.seconds(), 0);
		};
	}

	static Buckets weeks(int weeks) {
		return new Buckets(weeks + "w", 0, weeks);
	}

	/**
	 * The most minutes one bucket can hold.
	 */
	long capacity() {
		return (this.seconds > 0) ? Math.max(1, this.seconds / 60) : 1500L * Math.max(1, this.weeks * 7);
	}

	/**
	 * Bucket minutes.
	 * @param minutes the minutes, in time order
	 * @param zone the zone of local dates and calendar buckets
	 * @return one point per bucket that has minutes, in time order
	 */
	List<Point> apply(List<Minute> minutes, ZoneId zone) {
		List<Point> points = new ArrayList<>();
		long current = Long.MIN_VALUE;
		long count = 0;
		long sum = 0;
		int min = 0;
		int max = 0;
		for (Minute minute : minutes) {
			long key = key(minute.t(), zone);
			if (key != current && count > 0) {
				points.add(point(current, zone, sum, count, min, max));
				count = 0;
			}
			if (count == 0) {
				current = key;
				sum = 0;
				min = minute.min();
				max = minute.max();
			}
			count += minute.count();
			sum += minute.sum();
			min = Math.min(min, minute.min());
			max = Math.max(max, minute.max());
		}
		if (count > 0) {
			points.add(point(current, zone, sum, count, min, max));
		}
		return points;
	}

	/**
	 * Calendar buckets over stored days. A {@code heart_rate_days} document is one local
	 * day in the zone its samples were measured in (the offset in force), so a day bucket
	 * is one stored day as it is, even for a user who has since moved to another zone:
	 * its {@code localDate} is the stored date and {@code t} the start of that date in
	 * the user's zone. A week holds the stored days from its Monday.
	 * @param days the summaries of the stored days, in date order
	 * @param zone the user's zone
	 * @return one point per bucket whose days have samples, in date order
	 */
	List<Point> applyToDays(List<DaySummary> days, ZoneId zone) {
		List<Point> points = new ArrayList<>();
		long current = Long.MIN_VALUE;
		long count = 0;
		long sum = 0;
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (DaySummary day : days) {
			if (day.count() == 0) {
				continue;
			}
			long key = dayKey(day.day());
			if (key != current && count > 0) {
				points.add(point(current, zone, sum, count, min, max));
				count = 0;
				sum = 0;
				min = Integer.MAX_VALUE;
				max = Integer.MIN_VALUE;
			}
			current = key;
			count += day.count();
			sum += day.sum();
			min = Math.min(min, day.min());
			max = Math.max(max, day.max());
		}
		if (count > 0) {
			points.add(point(current, zone, sum, count, min, max));
		}
		return points;
	}

	private long key(Instant t, ZoneId zone) {
		if (this.seconds > 0) {
			return Math.floorDiv(t.getEpochSecond(), this.seconds);
		}
		return dayKey(LocalDate.ofInstant(t, zone));
	}

	private long dayKey(LocalDate date) {
		if (this.weeks == 0) {
			return date.toEpochDay();
		}
		long monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
		return monday - Math.floorMod(monday - FIRST_MONDAY, 7L * this.weeks);
	}

	private Point point(long key, ZoneId zone, long sum, long count, int min, int max) {
		Instant t = (this.seconds > 0) ? Instant.ofEpochSecond(key * this.seconds)
				: LocalDate.ofEpochDay(key).atStartOfDay(zone).toInstant();
		double mean = Math.round(sum * 10.0 / count) / 10.0;
		LocalDate date = (this.seconds > 0) ? LocalDate.ofInstant(t, zone) : LocalDate.ofEpochDay(key);
		return new Point(t, date, mean, min, max);
	}

}
