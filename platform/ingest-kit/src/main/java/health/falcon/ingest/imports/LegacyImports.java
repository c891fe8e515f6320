package health.falcon.ingest.imports;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Import records a service kept before the one import pipeline, and how to convert them:
 * the kit copies every matching record into {@value ImportedFiles#COLLECTION} in the
 * current shape on start-up ({@link LegacyImportMigration}), so that existing imports
 * keep showing. Declare one bean per old collection.
 */
public interface LegacyImports {

	/**
	 * The collection holding the old records.
	 * @return its name; it may be {@value ImportedFiles#COLLECTION} itself for records to
	 * convert in place
	 */
	String collection();

	/**
	 * Which records of the collection still have the old shape; a converted record must
	 * no longer match, so that the migration is idempotent. Every record by default, for
	 * an old collection that is dropped once it is copied.
	 * @return the filter
	 */
	default Bson filter() {
		return new Document();
	}

	/**
	 * Convert one old record, keeping its {@code _id}.
	 * @param legacy the old record
	 * @return the record in the current shape (see {@link ImportView})
	 */
	Document convert(Document legacy);

}
