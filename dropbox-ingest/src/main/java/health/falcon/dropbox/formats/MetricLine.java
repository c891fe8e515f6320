package health.falcon.dropbox.formats;

import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code name = value} pairs of a report line. A line may hold several pairs
 * separated by tabs ({@code TP = 3120.5 <tabs> ln TP = 8.04}), a formula between name and
 * value ({@code LF norm = LF/(LF+HF)*100% = 53.8}) and a trailing remark
 * ({@code HRVTi = 12.1 (step 1/128 s)}); {@code N/A} reads as {@code null}.
 */
final class MetricLine {

	private static final Pattern EQUALS = Pattern.compile("\\s*=\\s*");

	private static final Pattern VALUE = Pattern.compile("N/A|[-+]?\\d+(?:\\.\\d+)?%?", Pattern.CASE_INSENSITIVE);

	private static final int MAX_METRICS = 200;

	private MetricLine() {
	}

	static void read(String line, Map<String, @Nullable Double> metrics) {
		String[] parts = EQUALS.split(line.strip(), -1);
		String name = parts[0].strip();
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].strip();
			int end = endOfToken(part);
			String token = part.substring(0, end);
			if (VALUE.matcher(token).matches()) {
				put(metrics, name, token);
				name = part.substring(end).strip();
			}
			else if (end == part.length()) {
				// a formula: the value follows the next "="
				continue;
			}
			else {
				name = part.substring(end).strip();
			}
		}
	}

	private static void put(Map<String, @Nullable Double> metrics, String name, String token) {
		if (name.isEmpty() || name.length() > 40 || metrics.size() >= MAX_METRICS) {
			return;
		}
		metrics.put(name, token.equalsIgnoreCase("N/A") ? null
				: Double.valueOf(token.endsWith("%") ? token.substring(0, token.length() - 1) : token));
	}

	private static int endOfToken(String part) {
		int end = 0;
		while (end < part.length() && !Character.isWhitespace(part.charAt(end))) {
			end++;
		}
		return end;
	}

}
