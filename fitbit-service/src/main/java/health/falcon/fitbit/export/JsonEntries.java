package health.falcon.fitbit.export;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the entries of one export JSON file (a top-level array) one tree at a time, so
 * that a file of any size takes the memory of one entry. An entry the handler rejects is
 * quarantined and reading goes on; a syntax or character-encoding error quarantines the
 * rest of the file.
 */
final class JsonEntries {

	private static final int PEEK = 64;

	private JsonEntries() {
	}

	/**
	 * Read a file.
	 * @param in the file's content
	 * @param file the file's path, for the report
	 * @param context the import
	 * @param handler maps and imports one entry; throws {@link RuntimeException} to
	 * reject it
	 * @return how many entries the handler accepted, or -1 when the file holds "no data"
	 * @throws IOException if the archive cannot be read
	 */
	static long read(JsonMapper mapper, InputStream in, String file, ImportContext context, EntryHandler handler)
			throws IOException {
		Source source = new Source(in);
		BufferedInputStream buffered = new BufferedInputStream(source);
		if (holdsNoData(buffered)) {
			return -1;
		}
		long accepted = 0;
		try (JsonParser parser = mapper.createParser(buffered)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				context.quarantine(file, parser.currentTokenLocation().getLineNr(), "not a JSON array", "");
				return 0;
			}
			JsonToken token = parser.nextToken();
			while (token != null && token != JsonToken.END_ARRAY) {
				int line = parser.currentTokenLocation().getLineNr();
				JsonNode entry = mapper.readTree(parser);
				accepted += handle(entry, line, file, context, handler);
				token = parser.nextToken();
			}
		}
		catch (JacksonException ex) {
			// a failure of the archive's stream is the caller's; whatever else the parser
			// reports (syntax, an encoding it cannot decode) is about the file's bytes
			IOException failure = source.failure;
			if (failure != null) {
				throw failure;
			}
			Integer line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : null;
			context.quarantine(file, line, "malformed JSON; the rest of the file was not read",
					ex.getOriginalMessage());
		}
		return accepted;
	}

	private static int handle(JsonNode entry, int line, String file, ImportContext context, EntryHandler handler) {
		try {
			handler.accept(entry);
			return 1;
		}
		catch (RuntimeException ex) {
			context.quarantine(file, line, "unreadable entry: " + reason(ex), entry.toString());
			return 0;
		}
	}

	static String reason(RuntimeException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (message.length() > 200) ? message.substring(0, 200) : message;
	}

	/**
	 * Whether the stream holds nothing but "no data" (or nothing at all); resets it
	 * otherwise.
	 * @param in the stream, which must support mark/reset
	 * @return whether it holds no data
	 * @throws IOException if it cannot be read
	 */
	static boolean holdsNoData(InputStream in) throws IOException {
		in.mark(PEEK + 1);
		byte[] head = in.readNBytes(PEEK + 1);
		in.reset();
		if (head.length > PEEK) {
			return false;
		}
		String text = new String(head, StandardCharsets.UTF_8).strip();
		return text.isEmpty() || text.equalsIgnoreCase("no data") || text.replaceAll("\\s", "").equals("[]");
	}

	/**
	 * The file's stream, remembering a failure to read it.
	 */
	private static final class Source extends FilterInputStream {

		private @Nullable IOException failure;

		Source(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (IOException ex) {
				this.failure = ex;
				throw ex;
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (IOException ex) {
				this.failure = ex;
				throw ex;
			}
		}

		@Override
		public int available() throws IOException {
			try {
				return super.available();
			}
			catch (IOException ex) {
				this.failure = ex;
				throw ex;
			}
		}

	}

	/**
	 * Maps and imports one entry.
	 */
	@FunctionalInterface
	interface EntryHandler {

		void accept(JsonNode entry);

	}

}
