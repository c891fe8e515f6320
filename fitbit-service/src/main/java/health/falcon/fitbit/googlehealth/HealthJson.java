package health.falcon.fitbit.googlehealth;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Google's proto3 JSON: int64 values as strings (numbers accepted too), durations
 * and UTC offsets as {@code "3600s"}, timestamps as RFC 3339 and dates as {@code {year,
 * month, day}}. Missing or garbled values raise {@link UnmappableDataPointException} with
 * a reason naming the field.
 */
final class HealthJson {

	private HealthJson() {
	}

	static @Nullable JsonNode field(@Nullable JsonNode node, String name) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(name);
		return (value == null || value.isNull() || value.isMissingNode()) ? null : value;
	}

	static JsonNode require(@Nullable JsonNode node, String name) {
		JsonNode value = field(node, name);
		if (value == null) {
			throw new UnmappableDataPointException("missing " + name);
		}
		return value;
	}

	static long int64(JsonNode node, String name) {
		JsonNode value = require(node, name);
		if (value.isIntegralNumber()) {
			return value.longValue();
		}
		if (value.isNumber()) {
			return Math.round(value.doubleValue());
		}
		try {
			return Long.parseLong(value.asString("").trim());
		}
		catch (NumberFormatException ex) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
	}

	static @Nullable Long optionalInt64(@Nullable JsonNode node, String name) {
		return (field(node, name) != null) ? int64(node, name) : null;
	}

	static double number(JsonNode node, String name) {
		JsonNode value = require(node, name);
		if (value.isNumber()) {
			return value.doubleValue();
		}
		try {
			return Double.parseDouble(value.asString("").trim());
		}
		catch (NumberFormatException ex) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
	}

	static Instant instant(JsonNode node, String name) {
		try {
			return Instant.parse(require(node, name).asString(""));
		}
		catch (DateTimeParseException ex) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
	}

	/**
	 * A duration or UTC offset such as {@code "3600s"} or {@code "-14400s"}.
	 * @param node the parent
	 * @param name the field
	 * @return the seconds
	 */
	static long seconds(JsonNode node, String name) {
		String text = require(node, name).asString("").trim();
		if (!text.endsWith("s")) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
		try {
			return Math.round(Double.parseDouble(text.substring(0, text.length() - 1)));
		}
		catch (NumberFormatException ex) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
	}

	static ZoneOffset offset(JsonNode node, String name) {
		try {
			return ZoneOffset.ofTotalSeconds(Math.toIntExact(seconds(node, name)));
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
	}

	/**
	 * A calendar {@code Date}, {@code {year, month, day}}.
	 * @param node the parent
	 * @param name the field holding the date
	 */
	static LocalDate date(JsonNode node, String name) {
		JsonNode date = require(node, name);
		try {
			return LocalDate.of(Math.toIntExact(int64(date, "year")), Math.toIntExact(int64(date, "month")),
					Math.toIntExact(int64(date, "day")));
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new UnmappableDataPointException("unreadable " + name);
		}
	}

	/**
	 * The date of a {@code CivilDateTime}, {@code {date: {...}, time: {...}}}.
	 * @param node the parent
	 * @param name the field holding the civil date-time
	 * @return the date, or {@code null} when the field is absent
	 */
	static @Nullable LocalDate civilDate(JsonNode node, String name) {
		JsonNode civil = field(node, name);
		return (civil != null) ? date(civil, "date") : null;
	}

	/**
	 * The local day an interval starts on: its civil start date, else its start instant
	 * at its start offset.
	 * @param interval an {@code ObservationTimeInterval} or {@code SessionTimeInterval}
	 */
	static LocalDate localStartDay(JsonNode interval) {
		LocalDate civil = civilDate(interval, "civilStartTime");
		if (civil != null) {
			return civil;
		}
		return LocalDate.ofInstant(instant(interval, "startTime"), offset(interval, "startUtcOffset"));
	}

	static String text(@Nullable JsonNode node, String name, String fallback) {
		JsonNode value = field(node, name);
		return (value != null) ? value.asString(fallback) : fallback;
	}

}
