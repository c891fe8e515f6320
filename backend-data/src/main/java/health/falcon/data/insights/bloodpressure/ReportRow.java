package health.falcon.data.insights.bloodpressure;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A reading as a row of the report's tables, formatted for print.
 *
 * @param date the local date
 * @param time the local time with its offset, {@code 07:30 (+01:00)}
 * @param systolic in mmHg
 * @param diastolic in mmHg
 * @param pulse in bpm, {@code -} when unknown
 * @param pulsePressure in mmHg
 * @param meanArterialPressure in mmHg, one decimal
 * @param category the category's label
 * @param source the provenance and file, {@code dropbox/upload, omron.csv}
 */
record ReportRow(String date, String time, int systolic, int diastolic, String pulse, int pulsePressure,
		String meanArterialPressure, String category, String source) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	static ReportRow of(Reading reading) {
		String source = Objects.toString(reading.source(), "unknown source")
				+ ((reading.file() != null) ? ", " + reading.file() : "");
		return new ReportRow(reading.localDate().toString(),
				TIME.format(reading.localDateTime()) + " (" + reading.offset() + ")", reading.systolic(),
				reading.diastolic(), Objects.toString(reading.pulse(), "-"), reading.pulsePressure(),
				String.format(Locale.ROOT, "%.1f", reading.meanArterialPressure()), reading.category().label(), source);
	}

}
