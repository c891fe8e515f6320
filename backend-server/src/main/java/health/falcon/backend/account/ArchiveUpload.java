package health.falcon.backend.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import health.falcon.kit.web.BodyTooLargeException;

/**
 * Keeps an uploaded archive in a temporary file while it is restored: the body is copied
 * as it arrives and counted, so a body over the limit fails with
 * {@link BodyTooLargeException} (413 {@code payload-too-large}) as soon as it crosses it,
 * never held in memory and never kept.
 */
final class ArchiveUpload {

	private static final int BUFFER = 64 * 1024;

	private ArchiveUpload() {
	}

	/**
	 * Copy a body into a new temporary file.
	 * @param body the request body
	 * @param maxBytes the most bytes accepted
	 * @return the file (the caller deletes it)
	 * @throws BodyTooLargeException when the body is longer than {@code maxBytes}; no
	 * file is left behind
	 */
	static Path receive(InputStream body, long maxBytes) throws BodyTooLargeException {
		Path file = createTempFile();
		try {
			copy(body, file, maxBytes);
			return file;
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			if (ex instanceof BodyTooLargeException tooLarge) {
				throw tooLarge;
			}
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private static void copy(InputStream body, Path file, long maxBytes) throws IOException {
		byte[] buffer = new byte[BUFFER];
		long count = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
				count += read;
				if (count > maxBytes) {
					throw new BodyTooLargeException(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
	}

	private static Path createTempFile() {
		try {
			return Files.createTempFile("falcon-restore-", ".zip");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Delete a file, if it is there.
	 * @param file the file
	 */
	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file the system cleans up later
		}
	}

}
