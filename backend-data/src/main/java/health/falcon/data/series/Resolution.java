package health.falcon.data.series;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The bucket sizes a client may ask for: {@code raw} (the samples), buckets of a fixed
 * length of time ({@code 1min}, {@code 5min}, {@code 1h}: by instant) and calendar
 * buckets in the user's zone ({@code 1d}: a local date, 23 or 25 hours on a
 * daylight-saving day; {@code 1w}: a week from Monday).
 */
public enum Resolution {

	RAW("raw", 0), MINUTE("1min", 60), FIVE_MINUTES("5min", 300), HOUR("1h", 3600), DAY("1d", 0), WEEK("1w", 0);

	private final String parameter;

	private final int seconds;

	Resolution(String parameter, int seconds) {
		this.parameter = parameter;
		this.seconds = seconds;
	}

	public String parameter() {
		return this.parameter;
	}

	/**
	 * The length of a bucket by instant.
	 * @return the seconds, 0 for {@code raw} and the calendar buckets
	 */
	public int seconds() {
		return this.seconds;
	}

	public static @Nullable Resolution of(String parameter) {
		String wanted = parameter.toLowerCase(Locale.ROOT);
		for (Resolution resolution : values()) {
			if (resolution.parameter.equals(wanted)) {
				return resolution;
			}
		}
		return null;
	}

}
