package health.falcon.ingest.restore;

import java.util.Set;

import org.bson.Document;

/**
 * The {@code imported_files} records of the service's own providers: their ids (random
 * UUIDs) and {@code duplicateOf} references derived for the new owner
 * ({@link RestoredIds#derived}), without a hand-off classification. Declared by the kit
 * for every service that restores.
 */
final class ImportedFilesRestore implements RestoredCollection {

	static final String COLLECTION = "imported_files";

	private final Set<String> providers;

	ImportedFilesRestore(Set<String> providers) {
		this.providers = Set.copyOf(providers);
	}

	@Override
	public String name() {
		return COLLECTION;
	}

	@Override
	public boolean restores(Document document) {
		return this.providers.contains(document.get("provider"));
	}

	@Override
	public Document rekey(Document document, String userId) {
		Object id = document.get("_id");
		if (id == null) {
			throw new IllegalArgumentException("member '_id' is missing");
		}
		document.put("_id", RestoredIds.derived(userId, id));
		// a hand-off classification justifies one service-to-service call for the file
		// the
		// sender read; a restored record was read by nobody, so it justifies none
		document.remove("handOff");
		Object duplicateOf = document.get("duplicateOf");
		if (duplicateOf != null) {
			document.put("duplicateOf", RestoredIds.derived(userId, duplicateOf));
		}
		return document;
	}

}
