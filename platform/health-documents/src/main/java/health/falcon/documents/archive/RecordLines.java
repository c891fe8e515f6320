package health.falcon.documents.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The records of a collection entry, one JSON document per line as the export writes them
 * ({@code [}, then one document per line followed by a comma but the last, then
 * {@code ]}). A line longer than the cap is skipped to its end without being kept, so a
 * hostile entry cannot fill the memory.
 */
public final class RecordLines {

	private final InputStream in;

	private final int maxBytes;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private int number;

	/**
	 * Read the records of one entry.
	 * @param in the entry's inflated content
	 * @param maxBytes the longest record kept
	 */
	public RecordLines(InputStream in, int maxBytes) {
		this.in = in;
		this.maxBytes = maxBytes;
	}

	/**
	 * The next line that holds a record.
	 * @return the record's JSON text and its 1-based line, or {@code null} at the end
	 * @throws IOException if the entry cannot be read
	 */
	public @Nullable Line next() throws IOException {
		while (true) {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			boolean tooLong = false;
			boolean ended = false;
			while (!ended) {
				if (this.position == this.limit && !fill()) {
					if (line.size() == 0 && !tooLong) {
						return null;
					}
					break;
				}
				int start = this.position;
				while (this.position < this.limit && this.buffer[this.position] != '\n') {
					this.position++;
				}
				int length = this.position - start;
				if (!tooLong && line.size() + length > this.maxBytes) {
					tooLong = true;
					line.reset();
				}
				if (!tooLong) {
					line.write(this.buffer, start, length);
				}
				if (this.position < this.limit) {
					this.position++;
					ended = true;
				}
			}
			this.number++;
			String text = record(line.toString(StandardCharsets.UTF_8));
			if (tooLong || !text.isEmpty()) {
				return new Line(this.number, tooLong ? "" : text, tooLong);
			}
		}
	}

	private boolean fill() throws IOException {
		int read = this.in.read(this.buffer);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = read;
		return true;
	}

	private static String record(String line) {
		String text = line.strip();
		if (text.startsWith("[")) {
			text = text.substring(1).strip();
		}
		// a document ends with '}', so a closing bracket is always the array's
		if (text.endsWith("]")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (text.endsWith(",")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}

	/**
	 * One record line.
	 *
	 * @param number its 1-based line in the entry
	 * @param json the document's JSON text (empty when too long)
	 * @param tooLong whether it exceeded the cap and was skipped
	 */
	public record Line(int number, String json, boolean tooLong) {

	}

}
