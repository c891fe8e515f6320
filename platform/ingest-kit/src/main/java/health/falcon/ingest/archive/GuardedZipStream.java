package health.falcon.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * A ZIP read as a stream within {@link ArchiveLimits}, entry after entry: entries are
 * counted as they come, and each entry's content is read through a stream that counts the
 * bytes actually inflated and the compressed bytes actually consumed, so that neither the
 * local headers' sizes nor a missing central directory can mislead it. Nothing is kept
 * beyond the reader's own buffer.
 */
public final class GuardedZipStream {

	private final ZipInputStream zip;

	private final CountingInput raw;

	private final InflationBudget budget;

	private int entries;

	private long entryStart;

	private long entryInflated;

	private @Nullable String entryName;

	/**
	 * Read a ZIP from a stream.
	 * @param in the archive's bytes (not closed)
	 */
	public GuardedZipStream(InputStream in, ArchiveLimits limits) {
		this.raw = new CountingInput(in);
		this.zip = new ZipInputStream(this.raw);
		this.budget = new InflationBudget(limits, () -> this.raw.count);
	}

	/**
	 * Move to the next entry.
	 * @return the entry, or {@code null} at the end of the archive
	 * @throws ArchiveRefusedException beyond the entry count
	 * @throws IOException if the archive cannot be read
	 */
	public @Nullable ZipEntry next() throws IOException {
		if (this.entryName != null) {
			// what is left of the entry is inflated either way, so it is counted too
			content().transferTo(OutputStream.nullOutputStream());
		}
		ZipEntry entry;
		try {
			entry = this.zip.getNextEntry();
		}
		catch (IllegalArgumentException ex) {
			// ZipInputStream decodes each name as UTF-8 and throws on bytes that are not
			throw new ArchiveRefusedException("an entry name is not valid UTF-8", true);
		}
		if (entry == null) {
			return null;
		}
		this.budget.countEntries(++this.entries);
		this.entryStart = this.raw.count;
		this.entryInflated = 0;
		this.entryName = entry.getName();
		return entry;
	}

	/**
	 * The current entry's content, read through the limits. Closing it leaves the archive
	 * open; the next call to {@link #next()} skips what is left of the entry (inflating
	 * and counting it).
	 * @return the content; reading throws {@link ArchiveRefusedException} at a limit
	 */
	public InputStream content() {
		return new CountingStream(this.zip) {

			@Override
			void counted(int n) throws ArchiveRefusedException {
				count(n);
			}

			@Override
			public void close() {
				// the archive stays open for the next entry
			}

		};
	}

	/**
	 * How many entries have been read.
	 * @return the entry count so far
	 */
	public int entries() {
		return this.entries;
	}

	private void count(int n) throws ArchiveRefusedException {
		this.entryInflated += n;
		String name = (this.entryName != null) ? this.entryName : "?";
		this.budget.count(name, this.entryInflated, this.raw.count - this.entryStart, n);
	}

	private static final class CountingInput extends CountingStream {

		private long count;

		CountingInput(InputStream in) {
			super(in);
		}

		@Override
		void counted(int n) {
			this.count += n;
		}

	}

}
