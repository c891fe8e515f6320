package health.falcon.data.dashboard;

import java.time.LocalDate;

/**
 * The local-date periods of a dashboard, all ending with {@code today}: a period of
 * {@code n} days spans {@code today - (n - 1)} to {@code today}, and the period before it
 * the {@code n} days just before that. Local dates, so a daylight-saving day is one day
 * like any other.
 *
 * @param today the local date of now in the user's zone
 */
record Periods(LocalDate today) {

	/** The days that resting heart rate's trends read: 30 days and the 30 before. */
	static final int TREND_DAYS = 60;

	LocalDate first(int days) {
		return this.today.minusDays(days - 1L);
	}

	LocalDate firstBefore(int days) {
		return this.today.minusDays(2L * days - 1);
	}

	LocalDate lastBefore(int days) {
		return this.today.minusDays(days);
	}

	boolean contains(int days, LocalDate day) {
		return !day.isBefore(first(days)) && !day.isAfter(this.today);
	}

	boolean containsBefore(int days, LocalDate day) {
		return !day.isBefore(firstBefore(days)) && !day.isAfter(lastBefore(days));
	}

}
