package health.falcon.data.insights.training;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One activity's load, as {@code detail.activities} lists it.
 *
 * @param id the activity's id
 * @param date the local date it started on
 * @param start the start instant
 * @param sportType the normalized sport
 * @param name the title
 * @param durationMinutes the minutes the TRIMP counts (the intraday span or the moving
 * time), {@code null} when unknown
 * @param hrSource which heart rate was used: {@value #INTRADAY}, {@value #AVERAGE} or
 * {@value #NONE}
 * @param heartRate the mean heart rate used (of the intraday minutes, or the average),
 * bpm, {@code null} for none
 * @param coverage the share of the span's minutes with intraday heart rate (0–1),
 * {@code null} unless intraday
 * @param trimp the load, {@code null} (never 0) when the activity has no heart rate
 */
record ActivityLoad(String id, LocalDate date, Instant start, @Nullable String sportType, @Nullable String name,
		@Nullable Double durationMinutes, String hrSource, @Nullable Double heartRate, @Nullable Double coverage,
		@Nullable Double trimp) {

	static final String INTRADAY = "intraday";

	static final String AVERAGE = "average";

	static final String NONE = "none";

	boolean scored() {
		return this.trimp != null;
	}

	/**
	 * This load with its TRIMP rounded for showing.
	 */
	ActivityLoad rounded() {
		return new ActivityLoad(this.id, this.date, this.start, this.sportType, this.name, this.durationMinutes,
				this.hrSource, this.heartRate, this.coverage, Rounding.round(this.trimp));
	}

}
