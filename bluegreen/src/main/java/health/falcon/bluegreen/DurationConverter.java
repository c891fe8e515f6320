package health.falcon.bluegreen;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as {@code 100ms}, {@code 120s}, {@code 10m}, {@code 1h}, a bare number
 * of seconds, or ISO-8601 ({@code PT2M}).
 */
final class DurationConverter implements ITypeConverter<Duration> {

	private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)?");

	@Override
	public Duration convert(String value) {
		String text = value.trim().toLowerCase(Locale.ROOT);
		Matcher matcher = SIMPLE.matcher(text);
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
			return switch (unit) {
				case "ms" -> Duration.ofMillis(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofSeconds(amount);
			};
		}
		try {
			Duration duration = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
			if (duration.isNegative()) {
				throw new TypeConversionException("'" + value + "' is negative");
			}
			return duration;
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException("'" + value + "' is no duration (use 100ms, 120s, 10m, 1h or PT2M)");
		}
	}

}
