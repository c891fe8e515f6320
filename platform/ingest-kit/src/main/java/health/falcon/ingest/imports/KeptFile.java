package health.falcon.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file kept on local disk for an import, with what is known of it before it is read.
 *
 * @param path where it is kept (the kit deletes it when the import ends)
 * @param fileName its name as the user or Dropbox gave it
 * @param size its length in bytes
 * @param sha256 its content's SHA-256, lower-case hex
 */
public record KeptFile(Path path, String fileName, long size, String sha256) {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final int TEXT_HEAD = 4096;

	/**
	 * The first bytes, for recognising a format by its magic number or header.
	 * @param count how many bytes at most
	 * @return the bytes, fewer when the file is shorter
	 * @throws IOException if the file cannot be read
	 */
	public byte[] head(int count) throws IOException {
		try (InputStream in = Files.newInputStream(this.path)) {
			return in.readNBytes(count);
		}
	}

	/**
	 * Whether the file starts as a ZIP archive does (its local file header signature).
	 * @return {@code true} for a ZIP archive (and formats built on one, such as a
	 * workbook)
	 * @throws IOException if the file cannot be read
	 */
	public boolean isZip() throws IOException {
		return Arrays.equals(head(ZIP_MAGIC.length), ZIP_MAGIC);
	}

	/**
	 * Whether the file looks like comma-separated text: no NUL byte in its first 4 KiB,
	 * and a comma in its first line.
	 * @return {@code true} for CSV text
	 * @throws IOException if the file cannot be read
	 */
	public boolean isCsvText() throws IOException {
		byte[] head = head(TEXT_HEAD);
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		String text = new String(head, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		return ((end >= 0) ? text.substring(0, end) : text).contains(",");
	}

}
