package health.falcon.diet.mfpexport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comma-separated file read whole: a UTF-8 BOM is dropped, CRLF, LF and CR all end a
 * row, double quotes may wrap a value (with {@code ""} for a literal quote, and line
 * breaks inside), and blank rows are left out. Column names are stripped and lower case.
 *
 * @param columns the header's column names, normalized; empty for an empty file
 * @param rows the data rows
 */
public record CsvTable(List<String> columns, List<Row> rows) {

	/** The largest file read (MyFitnessPal exports are a few megabytes). */
	public static final int MAX_BYTES = 64 * 1024 * 1024;

	/**
	 * Read a file. The stream is read to its end but not closed.
	 * @param in the file's content
	 * @return the table
	 * @throws MyFitnessPalParseException if the stream cannot be read or is too large
	 */
	public static CsvTable read(InputStream in) throws MyFitnessPalParseException {
		byte[] bytes;
		try {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new MyFitnessPalParseException("the file could not be read");
		}
		if (bytes.length > MAX_BYTES) {
			throw new MyFitnessPalParseException("the file is larger than " + MAX_BYTES + " bytes");
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Row> all = new Splitter(text).rows();
		if (all.isEmpty()) {
			return new CsvTable(List.of(), List.of());
		}
		List<String> columns = all.get(0).values().stream().map((c) -> c.strip().toLowerCase(Locale.ROOT)).toList();
		return new CsvTable(columns, all.subList(1, all.size()));
	}

	/**
	 * The kind of file this table is.
	 * @return the kind
	 */
	public FileKind kind() {
		return FileKind.of(this.columns);
	}

	/**
	 * Where a column is.
	 * @param name the normalized name
	 * @return its index, or -1
	 */
	int index(String name) {
		return this.columns.indexOf(name);
	}

	/**
	 * One data row.
	 *
	 * @param line the 1-based line it starts on
	 * @param values its values, stripped
	 */
	public record Row(int line, List<String> values) {

		/**
		 * A value.
		 * @param index the column index (may be -1 or past the end)
		 * @return the value, empty when absent
		 */
		public String get(int index) {
			return (index >= 0 && index < this.values.size()) ? this.values.get(index) : "";
		}

	}

	private static final class Splitter {

		private final String text;

		private final List<Row> rows = new ArrayList<>();

		private List<String> values = new ArrayList<>();

		private final StringBuilder value = new StringBuilder();

		private int line = 1;

		private int rowLine = 1;

		Splitter(String text) {
			this.text = text;
		}

		List<Row> rows() {
			boolean quoted = false;
			for (int i = 0; i < this.text.length(); i++) {
				char c = this.text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < this.text.length() && this.text.charAt(i + 1) == '"') {
						this.value.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						countLine(c, i);
						this.value.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					endValue();
				}
				else if (c == '\r' || c == '\n') {
					if (c == '\r' && i + 1 < this.text.length() && this.text.charAt(i + 1) == '\n') {
						i++;
					}
					endRow();
					this.line++;
					this.rowLine = this.line;
				}
				else {
					this.value.append(c);
				}
			}
			endRow();
			return this.rows;
		}

		private void countLine(char c, int i) {
			boolean crlf = c == '\r' && i + 1 < this.text.length() && this.text.charAt(i + 1) == '\n';
			if (c == '\n' || (c == '\r' && !crlf)) {
				this.line++;
			}
		}

		private void endValue() {
			this.values.add(this.value.toString().strip());
			this.value.setLength(0);
		}

		private void endRow() {
			endValue();
			boolean blank = this.values.stream().allMatch(String::isEmpty);
			if (!blank) {
				this.rows.add(new Row(this.rowLine, List.copyOf(this.values)));
			}
			this.values = new ArrayList<>();
		}

	}

}
