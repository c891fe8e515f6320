package health.falcon.ingest.restore;

import java.util.Set;
import java.util.function.BiFunction;

import org.bson.Document;

/**
 * What a service restores of a {@code falcon-export} archive: one collection it writes,
 * and how a document of the archive becomes the new owner's. Declare one bean per
 * collection; the kit reads {@code collections/<name>.json}, hands every record to
 * {@link #rekey}, sets {@code userId} and upserts the result by its {@code _id} (and
 * owner), so restoring the same archive twice changes nothing.
 */
public interface RestoredCollection {

	/**
	 * The collection, which is also the archive entry {@code collections/<name>.json}.
	 * @return a collection name such as {@code nutrition_days}
	 */
	String name();

	/**
	 * Whether this service restores a record (a collection shared by several services,
	 * such as {@code imported_files}, is restored by each for its own providers).
	 * @param document the record as read from the archive
	 * @return {@code true} by default
	 */
	default boolean restores(Document document) {
		return true;
	}

	/**
	 * The record as the new owner's: its {@code _id} rebuilt for the new owner the way
	 * the writer builds it (ids that embed the user id embed the new one; see
	 * {@link RestoredIds#derived} for ids that embed none), every other member kept. The
	 * kit sets {@code userId} afterwards.
	 * @param document the record as read from the archive, without {@code userId}; may be
	 * changed and returned
	 * @param userId the new owner
	 * @return the document to store, with its {@code _id}
	 * @throws IllegalArgumentException (or another runtime exception) when the record
	 * lacks what its id is built from; it is reported and the rest continue
	 */
	Document rekey(Document document, String userId);

	/**
	 * A collection whose records keep every member and get their {@code _id} rebuilt.
	 * @param name the collection
	 * @param id the new owner's id of a record, from the record and the new owner (with
	 * the writer's id helper)
	 * @return the declaration
	 */
	static RestoredCollection rebuildingId(String name, BiFunction<Document, String, Object> id) {
		return new RestoredCollection() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Document rekey(Document document, String userId) {
				document.put("_id", id.apply(document, userId));
				return document;
			}

		};
	}

	/**
	 * The {@code imported_files} records of some providers, ids and {@code duplicateOf}
	 * derived for the new owner ({@link RestoredIds#derived}). The kit declares it for
	 * the providers of every service that restores; tests of the whole round trip declare
	 * it themselves.
	 * @param providers the providers whose records are restored
	 * @return the declaration
	 */
	static RestoredCollection importedFiles(Set<String> providers) {
		return new ImportedFilesRestore(providers);
	}

}
