package health.falcon.ingest.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip with a size cap: when the compressed text exceeds the cap, a shorter prefix of it
 * is compressed instead and the result is marked truncated.
 */
final class Gzip {

	private static final int MAX_SHRINKS = 8;

	private Gzip() {
	}

	static Compressed compress(String text, long maxBytes) {
		byte[] plain = text.getBytes(StandardCharsets.UTF_8);
		byte[] compressed = gzip(plain, plain.length);
		int length = plain.length;
		for (int i = 0; compressed.length > maxBytes && i < MAX_SHRINKS; i++) {
			length = (int) Math.max(0, (long) length * maxBytes / compressed.length * 9 / 10);
			compressed = gzip(plain, length);
		}
		if (compressed.length > maxBytes) {
			compressed = gzip(plain, 0);
			length = 0;
		}
		return new Compressed(compressed, length < plain.length, plain.length);
	}

	private static byte[] gzip(byte[] plain, int length) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(plain, 0, length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A compressed payload.
	 *
	 * @param gzip the gzip bytes
	 * @param truncated whether only a prefix was kept
	 * @param originalBytes the uncompressed size of the whole payload
	 */
	record Compressed(byte[] gzip, boolean truncated, int originalBytes) {

	}

}
