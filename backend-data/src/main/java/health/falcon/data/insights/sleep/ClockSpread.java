package health.falcon.data.insights.sleep;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The mean and spread of clock times, computed on the circle of the day so that 23:00 and
 * 01:00 are two hours apart with their mean at midnight: each time is an angle
 * {@code 2π minutes / 1440}; the mean is the direction of the mean of the unit vectors,
 * the circular standard deviation {@code sqrt(−2 ln R)} (R the mean vector's length),
 * converted back to minutes.
 *
 * @param mean the mean clock time
 * @param sdMinutes the circular standard deviation in minutes, {@code null} when the
 * times are spread evenly round the clock (no mean direction)
 * @param n the number of times
 */
record ClockSpread(LocalTime mean, @Nullable Double sdMinutes, int n) {

	private static final double MINUTES_PER_DAY = 1440;

	/**
	 * Compute the spread of clock times.
	 * @param times the clock times
	 * @return the spread, {@code null} without times
	 */
	static @Nullable ClockSpread of(List<LocalTime> times) {
		if (times.isEmpty()) {
			return null;
		}
		double cos = 0;
		double sin = 0;
		for (LocalTime time : times) {
			double angle = 2 * Math.PI * (time.toSecondOfDay() / 60.0) / MINUTES_PER_DAY;
			cos += Math.cos(angle);
			sin += Math.sin(angle);
		}
		cos /= times.size();
		sin /= times.size();
		double length = Math.min(1, Math.hypot(cos, sin));
		double meanMinutes = Math.floorMod(Math.round(Math.atan2(sin, cos) * MINUTES_PER_DAY / (2 * Math.PI)), 1440);
		Double sd = (length > 1e-9) ? Math.sqrt(Math.max(0.0, -2 * Math.log(length))) * MINUTES_PER_DAY / (2 * Math.PI)
				: null;
		return new ClockSpread(LocalTime.ofSecondOfDay((long) meanMinutes * 60), sd, times.size());
	}

}
