package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The TRIMP of one activity. The intraday heart rate is used when at least half of the
 * minutes of the activity's span (start to start + elapsed time) have a per-minute
 * rollup: the per-minute TRIMPs of the minutes with data are summed and scaled by span
 * minutes / covered minutes, so a short gap counts at the activity's own mean. Otherwise
 * the activity's average heart rate over its moving time; otherwise the intraday minutes
 * however few; otherwise none (no TRIMP, never 0).
 */
final class ActivityScorer {

	static final double MINIMUM_COVERAGE = 0.5;

	private ActivityScorer() {
	}

	/**
	 * The local days whose {@code heart_rate_days} documents can hold the activity's
	 * minutes: a sample sits in the document of its local day at the offset it was
	 * measured at, anywhere from UTC−12 to UTC+14.
	 */
	static Set<LocalDate> days(StoredActivity activity) {
		Set<LocalDate> days = new TreeSet<>();
		Long span = activity.spanSeconds();
		if (span == null) {
			return days;
		}
		LocalDate first = LocalDate.ofInstant(activity.start(), ZoneOffset.ofHours(-12));
		LocalDate last = LocalDate.ofInstant(activity.start().plusSeconds(span), ZoneOffset.ofHours(14));
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

	static ActivityLoad score(StoredActivity activity, NavigableMap<Long, Double> minutes, HeartRateLimits limits,
			TrimpFormula formula) {
		Intraday intraday = intraday(activity, minutes, limits, formula);
		Long averaged = activity.averagedSeconds();
		Double average = activity.averageHeartRate();
		if (intraday != null && (intraday.coverage() >= MINIMUM_COVERAGE || average == null || averaged == null)) {
			return load(activity, intraday.spanMinutes(), ActivityLoad.INTRADAY, intraday.meanHeartRate(),
					intraday.coverage(), intraday.trimp());
		}
		if (average != null && average > 0 && averaged != null) {
			double durationMinutes = averaged / 60.0;
			return load(activity, durationMinutes, ActivityLoad.AVERAGE, average, null,
					formula.trimp(durationMinutes, average, limits));
		}
		Long span = activity.spanSeconds();
		return load(activity, (span != null) ? span / 60.0 : null, ActivityLoad.NONE, null, null, null);
	}

	private static @Nullable Intraday intraday(StoredActivity activity, NavigableMap<Long, Double> minutes,
			HeartRateLimits limits, TrimpFormula formula) {
		Long span = activity.spanSeconds();
		if (span == null) {
			return null;
		}
		long startSecond = activity.start().getEpochSecond();
		long firstMinute = Math.floorDiv(startSecond, 60);
		long endSecond = startSecond + span;
		// the minutes that begin before the activity ends
		long endMinute = Math.floorDiv(endSecond + 59, 60);
		NavigableMap<Long, Double> covered = minutes.subMap(firstMinute, true, endMinute, false);
		if (covered.isEmpty()) {
			return null;
		}
		long spanMinutes = endMinute - firstMinute;
		double trimp = 0;
		double sum = 0;
		for (double heartRate : covered.values()) {
			trimp += formula.trimp(1, heartRate, limits);
			sum += heartRate;
		}
		double coverage = (double) covered.size() / spanMinutes;
		return new Intraday(spanMinutes, coverage, sum / covered.size(), trimp / coverage);
	}

	private static ActivityLoad load(StoredActivity activity, @Nullable Double durationMinutes, String source,
			@Nullable Double heartRate, @Nullable Double coverage, @Nullable Double trimp) {
		return new ActivityLoad(activity.id(), activity.date(), activity.start(), activity.sportType(), activity.name(),
				Rounding.round(durationMinutes), source, Rounding.round(heartRate), Rounding.round(coverage), trimp);
	}

	private record Intraday(double spanMinutes, double coverage, double meanHeartRate, double trimp) {

	}

}
