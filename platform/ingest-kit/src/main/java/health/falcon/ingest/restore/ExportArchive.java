package health.falcon.ingest.restore;

/**
 * The names of Falcon's export archive as this kit reads them (documented in
 * {@code docs/export-format.md}; written by backend-data's
 * {@code health.falcon.data.archive}).
 */
public final class ExportArchive {

	/** The manifest's {@code format}. */
	public static final String FORMAT = "falcon-export";

	/** The manifest's {@code version} this kit reads. */
	public static final int VERSION = 1;

	/** The manifest entry. */
	public static final String MANIFEST = "manifest.json";

	/** The format named in an import's report. */
	public static final String REPORTED_FORMAT = "FALCON_EXPORT";

	private ExportArchive() {
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
