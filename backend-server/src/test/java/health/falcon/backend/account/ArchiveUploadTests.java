package health.falcon.backend.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import health.falcon.kit.web.BodyTooLargeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The archive is copied to a temporary file as it arrives and counted: a body over the
 * limit fails at the read that crosses it, without reading the rest and without leaving a
 * file.
 */
class ArchiveUploadTests {

	@Test
	void keepsABodyWithinTheLimit() throws IOException {
		Path file = ArchiveUpload.receive(new ByteArrayInputStream(new byte[1000]), 1000);
		try {
			assertThat(file).hasSize(1000);
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void stopsReadingAtTheLimitOfABodyOfUnknownLength() throws IOException {
		long kept = keptFiles();
		CountingZeros body = new CountingZeros(10L * 1024 * 1024);
		assertThatExceptionOfType(BodyTooLargeException.class).isThrownBy(() -> ArchiveUpload.receive(body, 256 * 1024))
			.satisfies((ex) -> assertThat(ex.getLimit()).isEqualTo(256 * 1024));
		// read in 64 KB steps: the read that crossed the limit is the last
		assertThat(body.read).isLessThanOrEqualTo(256 * 1024 + 64 * 1024);
		assertThat(keptFiles()).isEqualTo(kept);
	}

	private static long keptFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("falcon-restore-")).count();
		}
	}

	/** An endless-looking body that counts what was read of it. */
	private static final class CountingZeros extends InputStream {

		private final long length;

		private long read;

		CountingZeros(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			return (this.read++ < this.length) ? 0 : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int count) {
			if (this.read >= this.length) {
				return -1;
			}
			int n = (int) Math.min(count, this.length - this.read);
			this.read += n;
			return n;
		}

	}

}
