package health.falcon.fitbit.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP opened with the import's safety limits: the entry count is checked on open, names
 * that could escape a folder are refused, and every entry is read through a stream that
 * stops at the per-entry size, the total size and the compression-ratio limits, whatever
 * sizes the archive declares. Nothing is ever extracted to disk.
 */
final class GuardedZip implements AutoCloseable {

	private static final long RATIO_CHECK_AFTER = 1024 * 1024;

	private final ZipFile zip;

	private final FitbitImportProperties limits;

	private long totalRead;

	private GuardedZip(ZipFile zip, FitbitImportProperties limits) {
		this.zip = zip;
		this.limits = limits;
	}

	/**
	 * Open a ZIP.
	 * @param file the archive
	 * @param limits the limits
	 * @return the opened archive
	 * @throws RefusedException if it is not a readable ZIP or holds too many entries
	 */
	static GuardedZip open(Path file, FitbitImportProperties limits) throws RefusedException {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (IOException ex) {
			throw new RefusedException("not a readable ZIP archive");
		}
		int entries = zip.size();
		if (entries > limits.maxEntries()) {
			close(zip);
			throw new RefusedException(
					"the archive holds " + entries + " entries; at most " + limits.maxEntries() + " are accepted");
		}
		return new GuardedZip(zip, limits);
	}

	List<ZipEntry> entries() {
		List<ZipEntry> entries = new ArrayList<>();
		Enumeration<? extends ZipEntry> all = this.zip.entries();
		while (all.hasMoreElements()) {
			entries.add(all.nextElement());
		}
		return entries;
	}

	static boolean unsafeName(String name) {
		String normalized = name.replace('\\', '/');
		return normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || normalized.contains("\u0000")
				|| ("/" + normalized + "/").contains("/../");
	}

	InputStream open(ZipEntry entry) throws IOException {
		if (entry.getSize() > this.limits.maxEntrySize().toBytes()) {
			throw new RefusedException("the entry is larger than " + this.limits.maxEntrySize() + " uncompressed");
		}
		long compressed = Math.max(entry.getCompressedSize(), 1);
		if (entry.getSize() > RATIO_CHECK_AFTER && entry.getSize() / compressed > this.limits.maxCompressionRatio()) {
			throw bomb();
		}
		return new LimitedStream(this.zip.getInputStream(entry), compressed);
	}

	private RefusedException bomb() {
		return new RefusedException(
				"the entry expands more than " + this.limits.maxCompressionRatio() + " times (a possible zip bomb)");
	}

	@Override
	public void close() {
		close(this.zip);
	}

	private static void close(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// nothing left to release
		}
	}

	/**
	 * A refusal to read an archive or an entry; its message is safe to show.
	 */
	static class RefusedException extends ZipException {

		RefusedException(String reason) {
			super(reason);
		}

	}

	private final class LimitedStream extends FilterInputStream {

		private final long compressedSize;

		private long read;

		LimitedStream(InputStream in, long compressedSize) {
			super(in);
			this.compressedSize = compressedSize;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws RefusedException {
			this.read += n;
			GuardedZip.this.totalRead += n;
			FitbitImportProperties limits = GuardedZip.this.limits;
			if (this.read > limits.maxEntrySize().toBytes()) {
				throw new RefusedException("the entry is larger than " + limits.maxEntrySize() + " uncompressed");
			}
			if (GuardedZip.this.totalRead > limits.maxTotalSize().toBytes()) {
				throw new TotalLimitException(limits.maxTotalSize().toString());
			}
			if (this.read > RATIO_CHECK_AFTER && this.read / this.compressedSize > limits.maxCompressionRatio()) {
				throw new RefusedException(
						"the entry expands more than " + limits.maxCompressionRatio() + " times (a possible zip bomb)");
			}
		}

	}

	/**
	 * The archive as a whole exceeded the total uncompressed limit: the import stops.
	 */
	static final class TotalLimitException extends RefusedException {

		TotalLimitException(String limit) {
			super("the archive expands to more than " + limit + "; the import stopped");
		}

	}

}
