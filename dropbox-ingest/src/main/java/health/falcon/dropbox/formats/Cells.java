package health.falcon.dropbox.formats;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;

/**
 * Reading and checking cell values: whole numbers that may carry their unit
 * ({@code 120 mmHg}, {@code 61 bpm}), the placeholders {@code -} and empty, and plausible
 * ranges for pressures and pulse.
 */
final class Cells {

	private static final Pattern NUMBER = Pattern
		.compile("(\\d{1,4})(?:[.,]0+)?\\s*(mmhg|mm hg|bpm|/min|1/min|min-1|beats/min)?", Pattern.CASE_INSENSITIVE);

	private Cells() {
	}

	static boolean isEmpty(String cell) {
		String value = cell.strip();
		return value.isEmpty() || value.equals("-") || value.equals("--");
	}

	static int number(String cell, String what) throws RowException {
		if (isEmpty(cell)) {
			throw new RowException(what + " is missing");
		}
		Matcher matcher = NUMBER.matcher(cell.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new RowException(what + " is not a number: '" + shorten(cell) + "'");
		}
		return Integer.parseInt(matcher.group(1));
	}

	static @Nullable Integer optionalNumber(String cell, String what) throws RowException {
		return isEmpty(cell) ? null : number(cell, what);
	}

	static BloodPressureReading reading(int systolic, int diastolic, @Nullable Integer pulse, LocalDateTime wallTime,
			ZoneId zone, boolean zoneAssumed, int line) throws RowException {
		if (systolic < 40 || systolic > 300) {
			throw new RowException("systolic " + systolic + " mmHg is outside 40-300");
		}
		if (diastolic < 20 || diastolic > 200) {
			throw new RowException("diastolic " + diastolic + " mmHg is outside 20-200");
		}
		if (diastolic >= systolic) {
			throw new RowException("diastolic " + diastolic + " is not below systolic " + systolic);
		}
		if (pulse != null && (pulse < 20 || pulse > 300)) {
			throw new RowException("pulse " + pulse + " bpm is outside 20-300");
		}
		return new BloodPressureReading(systolic, diastolic, pulse,
				MeasurementTime.ofLocal(wallTime, zone, zoneAssumed), line);
	}

	static String shorten(String cell) {
		String value = cell.strip();
		return (value.length() > 24) ? value.substring(0, 24) + "..." : value;
	}

}
