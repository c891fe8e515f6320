package health.falcon.documents.archive;

/**
 * The names of Falcon's export archive, as backend-data writes it and the restores read
 * it (documented in {@code docs/export-format.md}).
 */
public final class ExportArchiveFormat {

	/** The manifest's {@code format}. */
	public static final String FORMAT = "falcon-export";

	/** The manifest's {@code version}, the one written and the only one read. */
	public static final int VERSION = 1;

	/** The manifest entry. */
	public static final String MANIFEST = "manifest.json";

	private ExportArchiveFormat() {
	}

	/**
	 * The entry of a collection.
	 * @param collection the collection name
	 * @return {@code collections/<collection>.json}
	 */
	public static String entry(String collection) {
		return "collections/" + collection + ".json";
	}

}
