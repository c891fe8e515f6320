package health.falcon.fitbit.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads the newer export CSVs line by line: a header row naming the columns, then values
 * (double quotes allowed around a value). A row the handler rejects is quarantined and
 * reading goes on.
 */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * Read a file.
	 * @param in the file's content
	 * @param file the file's path, for the report
	 * @param context the import
	 * @param handler maps and imports one row
	 * @return how many rows the handler accepted, or -1 when the file holds "no data" or
	 * only a header
	 * @throws IOException if the archive cannot be read
	 */
	static long read(InputStream in, String file, ImportContext context, RowHandler handler) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null || header.strip().equalsIgnoreCase("no data")) {
			return -1;
		}
		List<String> columns = split(header.replace("\uFEFF", "").toLowerCase(Locale.ROOT));
		long accepted = 0;
		long rows = 0;
		int lineNumber = 1;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			rows++;
			try {
				handler.accept(new Row(columns, split(line)));
				accepted++;
			}
			catch (RuntimeException ex) {
				context.quarantine(file, lineNumber, "unreadable row: " + JsonEntries.reason(ex), line);
			}
		}
		return (rows == 0) ? -1 : accepted;
	}

	static List<String> split(String line) {
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				values.add(value.toString().strip());
				value.setLength(0);
			}
			else {
				value.append(c);
			}
		}
		values.add(value.toString().strip());
		return values;
	}

	/**
	 * One data row.
	 *
	 * @param columns the header's column names, lower case
	 */
	record Row(List<String> columns, List<String> values) {

		String get(String column) {
			int index = this.columns.indexOf(column);
			if (index < 0 || index >= this.values.size() || this.values.get(index).isEmpty()) {
				throw new IllegalArgumentException("missing '" + column + "'");
			}
			return this.values.get(index);
		}

		@Nullable String optional(String column) {
			int index = this.columns.indexOf(column);
			if (index < 0 || index >= this.values.size() || this.values.get(index).isEmpty()) {
				return null;
			}
			return this.values.get(index);
		}

	}

	/**
	 * Maps and imports one row.
	 */
	@FunctionalInterface
	interface RowHandler {

		void accept(Row row);

	}

}
