package health.falcon.devstack.sandbox.fitbitexport;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes arrays of flat or nested objects in the export's Jackson pretty-print style
 * ({@code "key" : value}, items joined with <code>},{</code>), without building a tree.
 */
final class ExportJsonWriter {

	private final Writer out;

	private boolean first = true;

	ExportJsonWriter(Writer out) throws IOException {
		this.out = out;
		out.write("[");
	}

	/**
	 * Starts the next array item; the caller writes its body with {@link #raw}.
	 * @throws IOException on write failure
	 */
	void item() throws IOException {
		this.out.write(this.first ? "{\n" : "},{\n");
		this.first = false;
	}

	void raw(String text) throws IOException {
		this.out.write(text);
	}

	void end() throws IOException {
		this.out.write(this.first ? "]" : "}]");
		this.out.write("\n");
	}

	static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
