package health.falcon.backend.photos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Strips a WebP file of its metadata without re-encoding it (pure Java cannot write
 * WebP): only the image chunks ({@code VP8 }, {@code VP8L}, {@code VP8X}, {@code ALPH},
 * {@code ANIM}, {@code ANMF}) are kept; {@code EXIF}, {@code XMP }, {@code ICCP} and
 * every unknown chunk are dropped, and the {@code VP8X} flags that announce them are
 * cleared. A RIFF structure that does not add up is refused as unsupported media.
 */
final class WebpChunks {

	private static final Set<String> KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");

	private static final Set<String> IMAGE = Set.of("VP8 ", "VP8L", "ANMF");

	/** The VP8X flags of an ICC profile (0x20), EXIF (0x08) and XMP (0x04). */
	private static final int METADATA_FLAGS = 0x20 | 0x08 | 0x04;

	private static final int HEADER = 12;

	private static final int CHUNK_HEADER = 8;

	private WebpChunks() {
	}

	/**
	 * The same image without metadata chunks.
	 * @param webp a file that begins as WebP ({@code RIFF....WEBP})
	 * @return a new WebP file holding only the image chunks
	 * @throws UnsupportedMediaException when the chunks do not add up or hold no image
	 */
	static byte[] strip(byte[] webp) {
		ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
		long end = Integer.toUnsignedLong(in.getInt(4)) + CHUNK_HEADER;
		if (end > webp.length || end < HEADER) {
			throw new UnsupportedMediaException();
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream(webp.length);
		boolean image = false;
		int offset = HEADER;
		while (offset + CHUNK_HEADER <= end) {
			String fourCc = new String(webp, offset, 4, StandardCharsets.US_ASCII);
			long size = Integer.toUnsignedLong(in.getInt(offset + 4));
			long next = offset + CHUNK_HEADER + size + (size & 1);
			if (offset + CHUNK_HEADER + size > end) {
				throw new UnsupportedMediaException();
			}
			if (KEPT.contains(fourCc)) {
				int length = (int) Math.min(next, end) - offset;
				byte[] chunk = new byte[length];
				System.arraycopy(webp, offset, chunk, 0, length);
				if ("VP8X".equals(fourCc) && size > 0) {
					chunk[CHUNK_HEADER] = (byte) (chunk[CHUNK_HEADER] & ~METADATA_FLAGS);
				}
				body.writeBytes(chunk);
				image |= IMAGE.contains(fourCc);
			}
			offset = (int) next;
		}
		if (!image) {
			throw new UnsupportedMediaException();
		}
		return riff(body.toByteArray());
	}

	private static byte[] riff(byte[] chunks) {
		ByteBuffer out = ByteBuffer.allocate(HEADER + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
		out.put("RIFF".getBytes(StandardCharsets.US_ASCII));
		out.putInt(chunks.length + 4);
		out.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		out.put(chunks);
		return out.array();
	}

}
