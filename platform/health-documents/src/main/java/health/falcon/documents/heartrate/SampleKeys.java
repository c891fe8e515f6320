package health.falcon.documents.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time axis of a {@code heart_rate_days} document. A sample's <em>key</em> is its
 * epoch second minus the day's {@link #base(LocalDate) base}, the earliest instant any
 * offset can put on that local day (local midnight at UTC+14), so keys are small, never
 * negative, and stay unique across a daylight-saving overlap or a change of zone within
 * the day. A rollup's minute index is {@code key / 60}.
 */
public final class SampleKeys {

	private static final long EARLIEST_OFFSET_SECONDS = 14 * 3600;

	private SampleKeys() {
	}

	/**
	 * The base of a local day.
	 * @return the epoch second that key 0 stands for
	 */
	public static long base(LocalDate day) {
		return day.toEpochDay() * 86_400 - EARLIEST_OFFSET_SECONDS;
	}

	/**
	 * The instant a key stands for.
	 * @param day the local day of the document
	 * @param key the key (seconds since the day's base)
	 * @return the instant, UTC
	 */
	public static Instant instant(LocalDate day, int key) {
		return Instant.ofEpochSecond(base(day) + key);
	}

	/**
	 * The local day an instant falls on at an offset: the day whose document holds it.
	 * @param offset the wall-clock offset in force
	 */
	public static LocalDate localDay(Instant instant, ZoneOffset offset) {
		return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offset.getTotalSeconds(), 86_400));
	}

}
