package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The part of AIP-160 the API accepts for {@code dataPoints.list}: comparisons
 * {@code member >= "literal"} and {@code member < "literal"} joined with {@code AND}, on
 * the one physical or civil member that fits the data type's record type.
 *
 * @param civil whether the bounds are civil (local wall time) rather than physical
 * @param from lower bound (inclusive) as epoch millis (physical) or civil epoch-second of
 * the local date-time, or {@code Long.MIN_VALUE}
 * @param to upper bound (exclusive), same unit, or {@code Long.MAX_VALUE}
 * @param text the filter as given, for page-token checks
 */
record DataPointFilter(boolean civil, long from, long to, String text) {

	private static final Pattern CLAUSE = Pattern
		.compile("^\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(>=|<=|<|>|=|!=)\\s*\"([^\"]*)\"\\s*$");

	static DataPointFilter none() {
		return new DataPointFilter(false, Long.MIN_VALUE, Long.MAX_VALUE, "");
	}

	/**
	 * Parses a filter for a data type.
	 * @param filter the filter, or {@code null}
	 * @return the range
	 * @throws GoogleApiException 400 with an {@code INVALID_DATA_POINT_FILTER*} reason
	 */
	static DataPointFilter parse(DataType type, @Nullable String filter) {
		if (filter == null || filter.isBlank()) {
			return none();
		}
		Boolean civil = null;
		long from = Long.MIN_VALUE;
		long to = Long.MAX_VALUE;
		for (String clause : filter.split("\\s+AND\\s+")) {
			Matcher matcher = CLAUSE.matcher(clause);
			if (!matcher.matches()) {
				throw invalid("Invalid filter: " + clause, "INVALID_DATA_POINT_FILTER", type, clause);
			}
			String member = matcher.group(1);
			boolean clauseCivil = member(type, member);
			if (civil != null && civil != clauseCivil) {
				throw invalid("Mixing physical and civil members is not supported.", "INVALID_DATA_POINT_FILTER", type,
						member);
			}
			civil = clauseCivil;
			long value = clauseCivil ? civilValue(type, member, matcher.group(3))
					: physicalValue(type, member, matcher.group(3));
			switch (matcher.group(2)) {
				case ">=" -> from = Math.max(from, value);
				case "<" -> to = Math.min(to, value);
				default ->
					throw invalid("Operator " + matcher.group(2) + " is not supported for member '" + member + "'.",
							"INVALID_DATA_POINT_FILTER_OPERATOR", type, member);
			}
		}
		return new DataPointFilter(Boolean.TRUE.equals(civil), from, to, filter);
	}

	private static boolean member(DataType type, String member) {
		String prefix = type.snake() + ".";
		DataType.RecordKind kind = type.kind();
		if (member.equals(prefix + kind.civilMember())) {
			return true;
		}
		if (kind.physicalMember() != null && member.equals(prefix + kind.physicalMember())) {
			return false;
		}
		throw invalid("Member '" + member + "' is not supported for filtering.",
				"INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER", type, member);
	}

	private static long physicalValue(DataType type, String member, String literal) {
		try {
			return OffsetDateTime.parse(literal).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			throw invalid("Invalid RFC 3339 timestamp '" + literal + "' for member '" + member + "'.",
					"INVALID_DATA_POINT_FILTER_PHYSICAL_TIME_FORMAT", type, member);
		}
	}

	private static long civilValue(DataType type, String member, String literal) {
		try {
			LocalDateTime value = (literal.length() == 10) ? LocalDate.parse(literal).atStartOfDay()
					: (type.kind() == DataType.RecordKind.DAILY) ? null : LocalDateTime.parse(literal);
			if (value == null) {
				throw new DateTimeParseException("date only", literal, 0);
			}
			return value.toEpochSecond(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw invalid(
					"Invalid civil date time '" + literal + "' for member '" + member
							+ "': expected YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss without an offset.",
					"INVALID_DATA_POINT_FILTER_CIVIL_DATE_TIME_FORMAT", type, member);
		}
	}

	private static GoogleApiException invalid(String message, String reason, DataType type, String member) {
		return GoogleApiException.invalidArgument(message, reason, Map.of("dataType", type.kebab(), "member", member));
	}

	/**
	 * Whether a point is in range.
	 * @param physical the point's filter instant
	 * @param civilTime the point's filter wall time
	 * @return {@code true} when it matches
	 */
	boolean matches(Instant physical, LocalDateTime civilTime) {
		long value = this.civil ? civilTime.toEpochSecond(ZoneOffset.UTC) : physical.toEpochMilli();
		return value >= this.from && value < this.to;
	}

	/**
	 * Physical bounds wide enough to hold every match (civil times lie within 14 hours of
	 * UTC).
	 * @return lower bound inclusive
	 */
	Instant lowerBound() {
		if (this.from == Long.MIN_VALUE) {
			return Instant.MIN;
		}
		return this.civil ? Instant.ofEpochSecond(this.from).minusSeconds(14 * 3600) : Instant.ofEpochMilli(this.from);
	}

	/**
	 * Upper physical bound (exclusive).
	 */
	Instant upperBound() {
		if (this.to == Long.MAX_VALUE) {
			return Instant.MAX;
		}
		return this.civil ? Instant.ofEpochSecond(this.to).plusSeconds(14 * 3600) : Instant.ofEpochMilli(this.to);
	}

}
