package health.falcon.data.insights.baselines;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code detail} of the {@code baselines} insight (documented in
 * {@code docs/insights.md}).
 *
 * @param from the first day of the 7-day window (today − 6)
 * @param to the last day of the 7-day window, the user's today
 * @param baselineFrom the first day of today's baseline window
 * @param baselineTo the last day of today's baseline window (the day before {@code from})
 * @param restingHeartRate the resting heart rate
 * @param rmssd the HRV, ln RMSSD
 * @param recovery the combined signal
 */
record BaselinesDetail(LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo,
		Metric restingHeartRate, Metric rmssd, Recovery recovery) {

	/**
	 * One metric's baseline today and its last 14 days.
	 *
	 * @param unit the unit of the compared values, {@code bpm} or {@code ln(ms)}
	 * @param status {@code ok} or {@code insufficient-data}
	 * @param rolling7 today's 7-day mean
	 * @param rollingDays the days with a value in the 7-day window
	 * @param rolling7Raw today's 7-day mean in the stored unit (bpm; for RMSSD e^mean,
	 * the geometric mean in ms)
	 * @param range today's normal range
	 * @param flag today's flag
	 * @param days the last 14 days, oldest first, each with its own window and range
	 */
	record Metric(String unit, String status, @Nullable Double rolling7, int rollingDays, @Nullable Double rolling7Raw,
			@Nullable NormalRange range, @Nullable String flag, List<BaselineRow> days) {

	}

	/**
	 * Resting heart rate above its range and ln RMSSD below its range (both 7-day values)
	 * on consecutive days.
	 *
	 * @param flagged whether the last 14 days hold such a run of at least
	 * {@code minimumDays}
	 * @param minimumDays the days a run needs, 3
	 * @param from the first day of the latest such run, {@code null} when not flagged
	 * @param to the last day of that run, {@code null} when not flagged
	 * @param days the length of that run, 0 when not flagged
	 * @param ongoing whether that run reaches today
	 */
	record Recovery(boolean flagged, int minimumDays, @Nullable LocalDate from, @Nullable LocalDate to, int days,
			boolean ongoing) {

	}

}
