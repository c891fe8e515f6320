package health.falcon.diet.mfpexport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * A comma-separated file, read as a stream of characters (never as one string): a UTF-8
 * BOM is dropped, CRLF, LF and CR all end a row, double quotes may wrap a value (with
 * {@code ""} for a literal quote, and line breaks inside), and blank rows are left out.
 * Column names are stripped and lower case. The rows are kept, so the caller bounds the
 * input (the ZIP guard per entry, the upload limit for a single file).
 *
 * @param columns the header's column names, normalized; empty for an empty file
 * @param rows the data rows
 */
public record CsvTable(List<String> columns, List<Row> rows) {

	/**
	 * Read a file. The stream is read to its end but not closed.
	 * @param in the file's content
	 * @throws MyFitnessPalParseException if the stream cannot be read
	 */
	public static CsvTable read(InputStream in) throws MyFitnessPalParseException {
		List<Row> all;
		try {
			Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			all = new Splitter(reader).rows();
		}
		catch (ZipException ex) {
			// an archive limit: its message names the limit and is safe to show
			throw new MyFitnessPalParseException(ex.getMessage());
		}
		catch (IOException ex) {
			throw new MyFitnessPalParseException("the file could not be read");
		}
		if (all.isEmpty()) {
			return new CsvTable(List.of(), List.of());
		}
		List<String> columns = all.get(0).values().stream().map((c) -> c.strip().toLowerCase(Locale.ROOT)).toList();
		return new CsvTable(columns, all.subList(1, all.size()));
	}

	/**
	 * The kind of file this table is.
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

		private final Reader reader;

		private final List<Row> rows = new ArrayList<>();

		private List<String> values = new ArrayList<>();

		private final StringBuilder value = new StringBuilder();

		private int line = 1;

		private int rowLine = 1;

		private int next = -2;

		Splitter(Reader reader) {
			this.reader = reader;
		}

		List<Row> rows() throws IOException {
			boolean quoted = false;
			for (int c = take(); c >= 0; c = take()) {
				if (quoted) {
					quoted = quoted((char) c);
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					endValue();
				}
				else if (c == '\r' || c == '\n') {
					if (c == '\r' && peek() == '\n') {
						take();
					}
					endRow();
					this.line++;
					this.rowLine = this.line;
				}
				else {
					this.value.append((char) c);
				}
			}
			endRow();
			return this.rows;
		}

		private boolean quoted(char c) throws IOException {
			if (c == '"' && peek() == '"') {
				take();
				this.value.append('"');
				return true;
			}
			if (c == '"') {
				return false;
			}
			if (c == '\n' || (c == '\r' && peek() != '\n')) {
				this.line++;
			}
			this.value.append(c);
			return true;
		}

		private int take() throws IOException {
			int c = (this.next != -2) ? this.next : this.reader.read();
			this.next = -2;
			return c;
		}

		private int peek() throws IOException {
			if (this.next == -2) {
				this.next = this.reader.read();
			}
			return this.next;
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
