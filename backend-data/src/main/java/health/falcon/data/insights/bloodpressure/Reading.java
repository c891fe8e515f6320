package health.falcon.data.insights.bloodpressure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One stored blood-pressure reading as the insight and the report use it.
 *
 * @param id the stored id
 * @param instant when it was measured
 * @param localDateTime the local time in the zone stored with the reading
 * @param offset the UTC offset it was measured at, {@code +01:00}
 * @param localDate the stored local date
 * @param systolic in mmHg
 * @param diastolic in mmHg
 * @param pulse in bpm, {@code null} when the monitor gave none
 * @param source the provenance, {@code dropbox/upload}, {@code null} when unknown
 * @param file the file it was read from, {@code null} when unknown
 */
record Reading(String id, Instant instant, LocalDateTime localDateTime, String offset, LocalDate localDate,
		int systolic, int diastolic, @Nullable Integer pulse, @Nullable String source, @Nullable String file) {

	Category category() {
		return Category.of(this.systolic, this.diastolic);
	}

	/** The pulse pressure, systolic minus diastolic, in mmHg. */
	int pulsePressure() {
		return this.systolic - this.diastolic;
	}

	/**
	 * The mean arterial pressure, diastolic plus a third of the pulse pressure, in mmHg.
	 */
	double meanArterialPressure() {
		return this.diastolic + (this.systolic - this.diastolic) / 3.0;
	}

	DayPart dayPart() {
		return DayPart.of(this.localDateTime.toLocalTime());
	}

}
