package health.falcon.diet.diary;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the numbers of diary cells: thousands separators and spaces are stripped
 * ({@code 1,234}), a trailing unit is allowed ({@code 12g}, {@code 45 mg}, {@code 8%});
 * an empty cell or a dash means no value.
 */
final class DiaryNumbers {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private static final Pattern UNIT = Pattern.compile("(?i)(kcal|kj|mg|mcg|g|%)$");

	private static final int MAX_QUOTED = 20;

	private DiaryNumbers() {
	}

	/**
	 * @param text the cell's text
	 * @param where the column and row, for the error message
	 * @return the value, {@code null} when the cell holds none
	 * @throws DiaryParseException when the cell holds something else
	 */
	static @Nullable Double parse(String text, String where) {
		String compact = text.replace("\u00a0", "").replace(",", "").replace(" ", "").trim();
		if (compact.isEmpty() || compact.equals("-") || compact.equals("--")) {
			return null;
		}
		String number = UNIT.matcher(compact).replaceFirst("");
		if (!NUMBER.matcher(number).matches()) {
			String quoted = (text.length() > MAX_QUOTED) ? text.substring(0, MAX_QUOTED) + "…" : text;
			throw new DiaryParseException("'" + quoted.strip() + "' " + where + " is not a number");
		}
		return Double.valueOf(number);
	}

}
