package health.falcon.ingest.archive;

import java.util.zip.ZipException;

/**
 * An archive or one of its entries broke a limit, or the archive cannot be read. The
 * message is safe to show in an import report: it names the limit's property and value,
 * never the content.
 */
public class ArchiveRefusedException extends ZipException {

	private final boolean wholeArchive;

	/**
	 * Create a refusal.
	 * @param reason the safe reason
	 * @param wholeArchive whether the archive as a whole is refused (the import stops)
	 * rather than one entry
	 */
	public ArchiveRefusedException(String reason, boolean wholeArchive) {
		super(reason);
		this.wholeArchive = wholeArchive;
	}

	/**
	 * Whether the archive as a whole is refused, so that reading further entries is
	 * pointless; {@code false} when only one entry is.
	 * @return whether the whole archive is refused
	 */
	public boolean wholeArchive() {
		return this.wholeArchive;
	}

}
