package health.falcon.data.metrics.export;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The cells of an exported CSV. A missing value is an empty cell, never 0. Numbers are
 * written plainly ({@code 72}, {@code 81.65}, {@code -3.5}); text that a spreadsheet
 * would run as a formula (beginning with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return) is prefixed with {@code '} (OWASP's advice on CSV injection).
 * Only text cells are neutralised: a number is never text.
 */
final class CsvCells {

	private CsvCells() {
	}

	/**
	 * A text cell, such as a source name.
	 * @param text the text, or {@code null}
	 * @return the cell, empty for {@code null}
	 */
	static String text(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

	/**
	 * A number cell.
	 * @param value the value, or {@code null} when unknown
	 * @return the cell, empty for {@code null} or a value that is not finite
	 */
	static String number(@Nullable Double value) {
		if (value == null || !Double.isFinite(value)) {
			return "";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
