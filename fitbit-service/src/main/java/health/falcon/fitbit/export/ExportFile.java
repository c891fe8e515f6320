package health.falcon.fitbit.export;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One export entry this import reads, recognised by its file name (folders differ between
 * layouts and even between archives of one layout, so names decide).
 *
 * @param path the entry's path in the ZIP
 * @param csv whether it is one of the newer CSV files rather than the legacy JSON
 */
record ExportFile(String path, Family family, boolean csv) {

	private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

	private static final Pattern JSON = Pattern
		.compile("(heart_rate|resting_heart_rate|sleep|steps|distance|calories)-" + DATE + "\\.json");

	private static final Pattern CSV = Pattern.compile(
			"(heart_rate|steps|distance|calories)_" + DATE + "\\.csv|(daily_resting_heart_rate)(_" + DATE + ")?\\.csv");

	// the session and stage files of sleep, sharded by a date or a number
	private static final Pattern SLEEP_CSV = Pattern.compile("UserSleep(s|Stages)(_[^/]*)?\\.csv");

	/** The data families an export is read for. */
	enum Family {

		HEART_RATE, RESTING_HEART_RATE, SLEEP, STEPS, DISTANCE, CALORIES

	}

	static Optional<ExportFile> of(String path) {
		String name = name(path);
		var json = JSON.matcher(name);
		if (json.matches()) {
			return Optional.of(new ExportFile(path, family(json.group(1)), false));
		}
		if (SLEEP_CSV.matcher(name).matches()) {
			return Optional.of(new ExportFile(path, Family.SLEEP, true));
		}
		var csv = CSV.matcher(name);
		if (csv.matches()) {
			String type = (csv.group(1) != null) ? csv.group(1) : "resting_heart_rate";
			return Optional.of(new ExportFile(path, family(type), true));
		}
		return Optional.empty();
	}

	static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	String name() {
		return name(this.path);
	}

	private static Family family(String type) {
		return Family.valueOf(type.toUpperCase(Locale.ROOT));
	}

}
