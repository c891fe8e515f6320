package health.falcon.backend.account;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import health.falcon.backend.erasure.ExportArchive;
import health.falcon.documents.archive.ExportArchiveFormat;
import org.bson.Document;

/**
 * An uploaded {@code falcon-export} archive opened within {@link RestoreProperties}: the
 * entry count is checked on open, the manifest must name the format and version 1, and
 * every entry is read through a stream that counts the bytes actually inflated (whatever
 * the archive declares) and stops at the entry size, the total size and the compression
 * ratio. Entries are looked up by name and never extracted, so no entry name is ever used
 * as a path.
 */
final class GuardedArchive implements ExportArchive, AutoCloseable {

	private static final long RATIO_FLOOR = 1024 * 1024;

	private static final int MAX_MANIFEST = 1024 * 1024;

	private final ZipFile zip;

	private final RestoreProperties limits;

	private long inflated;

	private GuardedArchive(ZipFile zip, RestoreProperties limits) {
		this.zip = zip;
		this.limits = limits;
	}

	/**
	 * Open and recognise an archive.
	 * @param file the uploaded archive
	 * @param limits the limits
	 * @return the archive (close it)
	 * @throws InvalidArchiveException when it is no ZIP, holds too many entries, or is no
	 * {@code falcon-export} of version 1
	 */
	static GuardedArchive open(Path file, RestoreProperties limits) {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (IOException ex) {
			throw new InvalidArchiveException("The body is not a ZIP archive.");
		}
		GuardedArchive archive = new GuardedArchive(zip, limits);
		try {
			archive.recognise();
			return archive;
		}
		catch (RuntimeException ex) {
			archive.close();
			throw ex;
		}
	}

	private void recognise() {
		if (this.zip.size() > this.limits.maxEntries()) {
			throw new InvalidArchiveException("The archive holds more than " + this.limits.maxEntries() + " entries.");
		}
		Document manifest;
		try {
			Optional<InputStream> entry = open(ExportArchiveFormat.MANIFEST);
			if (entry.isEmpty()) {
				throw new InvalidArchiveException("The archive has no manifest.json: it is not a falcon-export.");
			}
			try (InputStream in = entry.get()) {
				byte[] bytes = in.readNBytes(MAX_MANIFEST + 1);
				if (bytes.length > MAX_MANIFEST) {
					throw new InvalidArchiveException("The archive's manifest.json is too large.");
				}
				manifest = Document.parse(new String(bytes, StandardCharsets.UTF_8));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidArchiveException invalid) {
				throw invalid;
			}
			throw new InvalidArchiveException("The archive's manifest.json is not a JSON document.");
		}
		if (!ExportArchiveFormat.FORMAT.equals(manifest.get("format"))) {
			throw new InvalidArchiveException(
					"The archive is not a falcon-export (its manifest names no such format).");
		}
		if (!(manifest.get("version") instanceof Number version)
				|| version.doubleValue() != ExportArchiveFormat.VERSION) {
			throw new InvalidArchiveException("The archive is a falcon-export of version " + manifest.get("version")
					+ "; only version " + ExportArchiveFormat.VERSION + " can be restored.");
		}
	}

	@Override
	public Optional<InputStream> open(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		if (entry == null || entry.isDirectory()) {
			return Optional.empty();
		}
		if (entry.getSize() > this.limits.maxEntrySize().toBytes()) {
			throw new ArchiveLimitException("Entry '" + name + "' declares more than "
					+ this.limits.maxEntrySize().toMegabytes() + " MB (falcon.account.restore.max-entry-size).");
		}
		return Optional.of(new EntryStream(this.zip.getInputStream(entry), name, entry.getCompressedSize()));
	}

	@Override
	public void close() {
		try {
			this.zip.close();
		}
		catch (IOException ex) {
			// nothing is left to release
		}
	}

	private void count(String name, long entryBytes, long compressed, int read) throws ArchiveLimitException {
		this.inflated += read;
		if (entryBytes > this.limits.maxEntrySize().toBytes()) {
			throw new ArchiveLimitException("Entry '" + name + "' inflates to more than "
					+ this.limits.maxEntrySize().toMegabytes() + " MB (falcon.account.restore.max-entry-size).");
		}
		if (this.inflated > this.limits.maxTotalSize().toBytes()) {
			throw new ArchiveLimitException("The archive inflates to more than "
					+ this.limits.maxTotalSize().toMegabytes() + " MB (falcon.account.restore.max-total-size).");
		}
		if (entryBytes > RATIO_FLOOR && entryBytes > Math.max(compressed, 1) * this.limits.maxCompressionRatio()) {
			throw new ArchiveLimitException("Entry '" + name + "' inflates more than "
					+ this.limits.maxCompressionRatio() + " times (falcon.account.restore.max-compression-ratio).");
		}
	}

	private final class EntryStream extends FilterInputStream {

		private final String name;

		private final long compressed;

		private long count;

		EntryStream(InputStream in, String name, long compressed) {
			super(in);
			this.name = name;
			this.compressed = compressed;
		}

		@Override
		public int read() throws IOException {
			int next = super.read();
			if (next != -1) {
				counted(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			// skipped bytes are inflated too: read them through the count
			byte[] buffer = new byte[8192];
			long skipped = 0;
			while (skipped < n) {
				int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
				if (read == -1) {
					break;
				}
				skipped += read;
			}
			return skipped;
		}

		private void counted(int read) throws ArchiveLimitException {
			this.count += read;
			count(this.name, this.count, this.compressed, read);
		}

	}

}
