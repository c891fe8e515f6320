package health.falcon.dropbox.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The charset of a file, decided from its first bytes: a byte-order mark (UTF-8, UTF-16
 * LE/BE) wins; without one, strict UTF-8, else Windows-1252 (older European CSV exports).
 * NUL or other control bytes without a UTF-16 mark mean binary content; a ZIP signature
 * means an Excel workbook.
 *
 * @param charset the charset to decode with
 * @param bomLength the bytes of byte-order mark to skip
 */
record Encoding(Charset charset, int bomLength) {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static Encoding detect(byte[] head, int length, boolean truncated) throws UnreadableFileException {
		if (startsWith(head, length, UTF8_BOM)) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		if (startsWith(head, length, ZIP_MAGIC)) {
			throw new UnreadableFileException("a ZIP archive or workbook, not a text file");
		}
		for (int i = 0; i < length; i++) {
			int b = head[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				throw new UnreadableFileException("binary content, not a text file (control byte 0x"
						+ Integer.toHexString(b) + " at offset " + i + ")");
			}
		}
		return new Encoding(isUtf8(head, length, truncated) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
	}

	private static boolean isUtf8(byte[] head, int length, boolean truncated) {
		// a truncated sample may end inside a multi-byte sequence, so up to 3 bytes
		// at its end are ignored
		for (int cut = 0; cut <= (truncated ? Math.min(3, length) : 0); cut++) {
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(head, 0, length - cut));
				return true;
			}
			catch (CharacterCodingException ex) {
				// try a shorter sample
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] head, int length, byte[] prefix) {
		return length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
	}

}
