package health.falcon.data.insights.baselines;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One day of a baseline metric.
 *
 * @param date the local date
 * @param raw the day's stored value (bpm, or ms for RMSSD), {@code null} on a day without
 * one
 * @param value the value compared (the resting heart rate, or ln RMSSD), {@code null} on
 * a day without one
 * @param rolling7 the mean of {@code value} over the 7 days ending on this date,
 * {@code null} with fewer than 3 days with a value
 * @param rollingDays the days with a value among those 7
 * @param baselineDays the days with a value in the 60 days before the 7
 * @param range the normal range of the 60 days before those 7, {@code null} with fewer
 * than 14 days with a value
 * @param flag {@value #ABOVE}, {@value #BELOW} or {@value #WITHIN} the range,
 * {@code null} without a rolling value or a range
 */
record BaselineRow(LocalDate date, @Nullable Double raw, @Nullable Double value, @Nullable Double rolling7,
		int rollingDays, int baselineDays, @Nullable NormalRange range, @Nullable String flag) {

	static final String ABOVE = "above";

	static final String BELOW = "below";

	static final String WITHIN = "within";

	BaselineRow rounded() {
		return new BaselineRow(this.date, Round.round(this.raw), Round.round(this.value), Round.round(this.rolling7),
				this.rollingDays, this.baselineDays, (this.range != null) ? this.range.rounded() : null, this.flag);
	}

}
