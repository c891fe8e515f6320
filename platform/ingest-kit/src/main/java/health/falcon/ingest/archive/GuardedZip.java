package health.falcon.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A ZIP file opened within {@link ArchiveLimits}: the entry count is checked on open,
 * names that could escape a folder can be told, and every entry is read through a stream
 * that counts the bytes actually inflated and stops at the per-entry size, the total size
 * and the compression ratio, whatever sizes the archive declares. The archive's ratio is
 * taken against the file's real size; an entry's against its declared compressed size,
 * which is also the most the reader feeds the inflater. Nothing is extracted to disk.
 */
public final class GuardedZip implements AutoCloseable {

	private final ZipFile zip;

	private final ArchiveLimits limits;

	private final InflationBudget budget;

	private List<ZipEntry> entries = List.of();

	private GuardedZip(ZipFile zip, ArchiveLimits limits, long fileSize) {
		this.zip = zip;
		this.limits = limits;
		this.budget = new InflationBudget(limits, () -> fileSize);
	}

	/**
	 * Open a ZIP file.
	 * @param file the archive
	 * @return the opened archive (close it)
	 * @throws ArchiveRefusedException if it is not a readable ZIP, holds too many entries
	 * or names an entry in bytes that are not UTF-8
	 */
	public static GuardedZip open(Path file, ArchiveLimits limits) throws ArchiveRefusedException {
		ZipFile zip;
		long size;
		try {
			size = Files.size(file);
			zip = new ZipFile(file.toFile());
		}
		catch (IOException ex) {
			throw new ArchiveRefusedException("not a readable ZIP archive", true);
		}
		GuardedZip guarded = new GuardedZip(zip, limits, size);
		try {
			guarded.budget.countEntries(zip.size());
			guarded.entries = readEntries(zip);
		}
		catch (ArchiveRefusedException ex) {
			guarded.close();
			throw ex;
		}
		return guarded;
	}

	/**
	 * The entries, in the archive's order.
	 * @return the entries
	 */
	public List<ZipEntry> entries() {
		return this.entries;
	}

	private static List<ZipEntry> readEntries(ZipFile zip) throws ArchiveRefusedException {
		List<ZipEntry> entries = new ArrayList<>();
		Enumeration<? extends ZipEntry> all = zip.entries();
		try {
			while (all.hasMoreElements()) {
				entries.add(all.nextElement());
			}
		}
		catch (IllegalArgumentException ex) {
			// ZipFile decodes each name as UTF-8 and throws on bytes that are not
			throw new ArchiveRefusedException("an entry name is not valid UTF-8", true);
		}
		return List.copyOf(entries);
	}

	/**
	 * Whether an entry name could point outside a folder it were extracted to (absolute,
	 * a drive letter, a NUL or a {@code ..} segment).
	 * @param name the entry name
	 * @return whether the name is unsafe
	 */
	public static boolean unsafeName(String name) {
		String normalized = name.replace('\\', '/');
		return normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || normalized.contains("\u0000")
				|| ("/" + normalized + "/").contains("/../");
	}

	/**
	 * Read an entry through the limits.
	 * @param entry one of {@link #entries()}
	 * @return the inflated content (close it); reading throws
	 * {@link ArchiveRefusedException} at a limit
	 * @throws IOException if the entry cannot be read, or declares a size over the limit
	 */
	public InputStream open(ZipEntry entry) throws IOException {
		if (entry.getSize() > this.limits.maxEntrySize().toBytes()) {
			throw new ArchiveRefusedException("entry '" + entry.getName() + "' declares more than "
					+ this.limits.property("max-entry-size") + " " + ArchiveLimits.format(this.limits.maxEntrySize()),
					false);
		}
		return new EntryStream(this.zip.getInputStream(entry), entry.getName(), entry.getCompressedSize());
	}

	/**
	 * Read entries through the limits without keeping anything: the check to run before
	 * anything of the archive is stored, or before a library that trusts the archive
	 * (such as a workbook reader) opens it. The bytes inflated here do not count against
	 * a later read of the same entries.
	 * @param entries entries of this archive
	 * @return the outcome: each entry's inflated size, and the entries refused on their
	 * own (too large) or unreadable, by name
	 * @throws ArchiveRefusedException if the archive as a whole is refused (total size,
	 * compression ratio)
	 */
	public Scan scan(List<ZipEntry> entries) throws ArchiveRefusedException {
		Map<String, Long> sizes = new LinkedHashMap<>();
		Map<String, IOException> failed = new LinkedHashMap<>();
		for (ZipEntry entry : entries) {
			try (InputStream in = open(entry)) {
				sizes.put(entry.getName(), in.transferTo(OutputStream.nullOutputStream()));
			}
			catch (ArchiveRefusedException ex) {
				if (ex.wholeArchive()) {
					throw ex;
				}
				failed.put(entry.getName(), ex);
			}
			catch (IOException ex) {
				failed.put(entry.getName(), ex);
			}
		}
		this.budget.reset();
		return new Scan(sizes, failed);
	}

	/**
	 * What a {@link #scan} found.
	 *
	 * @param sizes the inflated size of each entry read whole, by name
	 * @param failed the entries refused on their own ({@link ArchiveRefusedException}) or
	 * unreadable, by name
	 */
	public record Scan(Map<String, Long> sizes, Map<String, IOException> failed) {

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

	private final class EntryStream extends CountingStream {

		private final String name;

		private final long compressed;

		private long inflated;

		EntryStream(InputStream in, String name, long compressed) {
			super(in);
			this.name = name;
			this.compressed = compressed;
		}

		@Override
		void counted(int n) throws ArchiveRefusedException {
			this.inflated += n;
			GuardedZip.this.budget.count(this.name, this.inflated, this.compressed, n);
		}

	}

}
