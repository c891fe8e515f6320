package health.falcon.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * When a measurement happened: the UTC instant, the UTC offset in force there and then,
 * the zone id when known, and the local calendar date the person lived it on. The local
 * date is computed from the local wall time <em>before</em> any conversion to UTC, so
 * that a run at 23:30 in Berlin belongs to that Berlin day even though it is already the
 * next day in some other zone; daily documents (sleep, steps, nutrition) are keyed by it.
 * <p>
 * Daylight saving time is resolved deliberately by
 * {@link #ofLocal(LocalDateTime, ZoneId, boolean)}: a wall time in an <b>overlap</b>
 * (clocks go back, the hour happens twice) takes the <b>earlier</b> offset, that is the
 * first occurrence; a wall time in a <b>gap</b> (clocks go forward, the hour does not
 * exist) is shifted <b>forward</b> by the length of the gap, so 02:30 on the Berlin
 * spring-forward day becomes 03:30 CEST. In both cases {@code localDate} stays the date
 * of the recorded wall time. This is {@link ZonedDateTime#ofLocal}'s rule, written down
 * here because providers (Fitbit in particular) record naive local times.
 *
 * @param instant the moment, UTC
 * @param offset the UTC offset at that moment where it was measured
 * @param zoneId the IANA zone when known, {@code null} when only an offset was supplied
 * @param localDate the local calendar date of the measurement
 * @param zoneAssumed {@code true} when the zone was not supplied by the provider but
 * assumed from the user's profile
 */
public record MeasurementTime(Instant instant, ZoneOffset offset, @Nullable ZoneId zoneId, LocalDate localDate,
		boolean zoneAssumed) {

	public MeasurementTime {
		Objects.requireNonNull(instant, "instant must not be null");
		Objects.requireNonNull(offset, "offset must not be null");
		Objects.requireNonNull(localDate, "localDate must not be null");
	}

	/**
	 * Create a time from a local wall time in a zone (see the class documentation for
	 * gaps and overlaps).
	 * @param localDateTime the wall time as recorded
	 * @param zoneId the zone it was recorded in
	 * @param zoneAssumed whether the zone was assumed from the user's profile
	 * @return the measurement time; {@code localDate} is {@code localDateTime}'s date
	 */
	public static MeasurementTime ofLocal(LocalDateTime localDateTime, ZoneId zoneId, boolean zoneAssumed) {
		ZonedDateTime zoned = ZonedDateTime.ofLocal(localDateTime, zoneId, null);
		return new MeasurementTime(zoned.toInstant(), zoned.getOffset(), zoneId, localDateTime.toLocalDate(),
				zoneAssumed);
	}

	/**
	 * Create a time from an instant observed in a known zone.
	 * @param instant the moment, UTC
	 * @param zoneId the zone the measurement was taken in
	 * @return the measurement time, with the zone not assumed
	 */
	public static MeasurementTime ofInstant(Instant instant, ZoneId zoneId) {
		return ofInstant(instant, zoneId, false);
	}

	/**
	 * Create a time from an instant observed in a zone.
	 * @param instant the moment, UTC
	 * @param zoneId the zone the measurement was taken in
	 * @param zoneAssumed whether the zone was assumed from the user's profile
	 * @return the measurement time
	 */
	public static MeasurementTime ofInstant(Instant instant, ZoneId zoneId, boolean zoneAssumed) {
		ZonedDateTime zoned = instant.atZone(zoneId);
		return new MeasurementTime(instant, zoned.getOffset(), zoneId, zoned.toLocalDate(), zoneAssumed);
	}

	/**
	 * Create a time from a timestamp that carries only an offset (no zone id).
	 * @param offsetDateTime the timestamp as supplied, for example
	 * {@code 2026-03-29T08:00+02:00}
	 * @return the measurement time, with no zone id and the zone not assumed
	 */
	public static MeasurementTime ofOffset(OffsetDateTime offsetDateTime) {
		return new MeasurementTime(offsetDateTime.toInstant(), offsetDateTime.getOffset(), null,
				offsetDateTime.toLocalDate(), false);
	}

	/**
	 * Return the local wall time of this measurement.
	 * @return the instant at {@link #offset()}
	 */
	public LocalDateTime localDateTime() {
		return LocalDateTime.ofInstant(this.instant, this.offset);
	}

}
