package health.falcon.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file kept on local disk for an import, with what is known of it before it is read.
 *
 * @param path where it is kept (the kit deletes it when the import ends)
 * @param fileName its name as the user or Dropbox gave it
 * @param size its length in bytes
 * @param sha256 its content's SHA-256, lower-case hex
 */
public record KeptFile(Path path, String fileName, long size, String sha256) {

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

}
