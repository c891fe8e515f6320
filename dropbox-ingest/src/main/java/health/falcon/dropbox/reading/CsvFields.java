package health.falcon.dropbox.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields: comma, semicolon or tab delimited, fields optionally
 * quoted with {@code "} and {@code ""} standing for a quote inside them. Fields are
 * trimmed. Quoted fields spanning lines are not supported (no export seen uses them); an
 * unterminated quote runs to the end of the line.
 */
public final class CsvFields {

	private CsvFields() {
	}

	/**
	 * Guess the delimiter from a header line: the most frequent of {@code ;}, {@code ,}
	 * and tab outside quotes (comma when none occurs).
	 * @param header the header line
	 */
	public static char delimiter(String header) {
		int commas = split(header, ',').size();
		int semicolons = split(header, ';').size();
		int tabs = split(header, '\t').size();
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

	/**
	 * Split a line.
	 * @return the trimmed fields, at least one
	 */
	public static List<String> split(String line, char delimiter) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == delimiter) {
				fields.add(field.toString().trim());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString().trim());
		return fields;
	}

}
