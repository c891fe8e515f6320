package health.falcon.data.insights.bloodpressure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A reading as the insight's {@code detail} shows it.
 *
 * @param id the stored id
 * @param instant when it was measured
 * @param localDateTime the local time in the reading's own zone
 * @param offset the offset it was measured at
 * @param localDate the local date
 * @param dayPart {@code morning}, {@code evening} or {@code other}
 * @param systolic in mmHg
 * @param diastolic in mmHg
 * @param pulse in bpm, {@code null} when unknown
 * @param category its 2017 ACC/AHA category
 * @param pulsePressure systolic minus diastolic, in mmHg
 * @param meanArterialPressure diastolic plus a third of the pulse pressure, in mmHg, one
 * decimal
 * @param source the provenance, {@code dropbox/upload}
 * @param file the file it was read from
 */
record ReadingView(String id, Instant instant, LocalDateTime localDateTime, String offset, LocalDate localDate,
		String dayPart, int systolic, int diastolic, @Nullable Integer pulse, String category, int pulsePressure,
		double meanArterialPressure, @Nullable String source, @Nullable String file) {

	static ReadingView of(Reading reading) {
		return new ReadingView(reading.id(), reading.instant(), reading.localDateTime(), reading.offset(),
				reading.localDate(), reading.dayPart().id(), reading.systolic(), reading.diastolic(), reading.pulse(),
				reading.category().id(), reading.pulsePressure(), Readings.round(reading.meanArterialPressure()),
				reading.source(), reading.file());
	}

}
