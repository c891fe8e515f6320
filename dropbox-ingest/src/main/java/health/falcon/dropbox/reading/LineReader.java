package health.falcon.dropbox.reading;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

import org.jspecify.annotations.Nullable;

/**
 * Reads a text file line by line with bounded memory: the charset is detected from the
 * first bytes ({@link Encoding}), the byte-order mark is skipped, CRLF, LF and lone CR
 * all end a line, and a line longer than the limit stops the read. Undecodable bytes
 * after the sample become U+FFFD, so that the row they sit in fails rather than the file.
 */
public final class LineReader implements Closeable {

	/** The longest line accepted, in characters. */
	public static final int MAX_LINE_LENGTH = 16_384;

	private static final int SAMPLE = 8192;

	private final Reader reader;

	private final Charset charset;

	private int lineNumber;

	private boolean pendingLf;

	private LineReader(Reader reader, Charset charset) {
		this.reader = reader;
		this.charset = charset;
	}

	/**
	 * Open a reader over a stream, which it then owns.
	 * @param in the file content
	 * @throws UnreadableFileException if the content is binary, a workbook or unreadable
	 */
	public static LineReader open(InputStream in) throws UnreadableFileException {
		try {
			BufferedInputStream buffered = new BufferedInputStream(in, SAMPLE);
			buffered.mark(SAMPLE);
			byte[] head = buffered.readNBytes(SAMPLE);
			buffered.reset();
			Encoding encoding = Encoding.detect(head, head.length, head.length == SAMPLE);
			buffered.skipNBytes(encoding.bomLength());
			Reader reader = new InputStreamReader(buffered,
					encoding.charset()
						.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE));
			return new LineReader(reader, encoding.charset());
		}
		catch (IOException ex) {
			throw new UnreadableFileException("the file could not be read", ex);
		}
	}

	/**
	 * The charset the file is decoded with.
	 * @return the detected charset
	 */
	public Charset charset() {
		return this.charset;
	}

	/**
	 * Read the next line.
	 * @return the line, or {@code null} at the end of the file
	 * @throws UnreadableFileException if a line is too long or reading fails
	 */
	public @Nullable Line next() throws UnreadableFileException {
		try {
			StringBuilder text = new StringBuilder();
			int c = this.reader.read();
			if (this.pendingLf && c == '\n') {
				c = this.reader.read();
			}
			this.pendingLf = false;
			if (c == -1) {
				return null;
			}
			while (c != -1 && c != '\n' && c != '\r') {
				if (text.length() == MAX_LINE_LENGTH) {
					throw new UnreadableFileException(
							"line " + (this.lineNumber + 1) + " is longer than " + MAX_LINE_LENGTH + " characters");
				}
				text.append((char) c);
				c = this.reader.read();
			}
			this.pendingLf = (c == '\r');
			this.lineNumber++;
			return new Line(this.lineNumber, text.toString());
		}
		catch (IOException ex) {
			throw new UnreadableFileException("the file could not be read", ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
