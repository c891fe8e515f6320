package health.falcon.data.stored;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code imported_files} records as the ingest kit's {@code ImportedFiles} does
 * (one shape for every service; the id a random UUID).
 */
public final class ImportedFiles {

	/** The collection. */
	public static final String COLLECTION = "imported_files";

	private ImportedFiles() {
	}

	/**
	 * Store the record of a finished upload.
	 * @param id the import id
	 * @param provider the reader's provider ({@code fitbit}, {@code myfitnesspal},
	 * {@code dropbox})
	 * @param duplicateOf the import whose content it repeated, if any
	 */
	public static void write(MongoTemplate template, String userId, String id, String provider, String fileName,
			String sha256, @Nullable String duplicateOf) {
		template.save(new Document("_id", id).append("userId", userId)
			.append("provider", provider)
			.append("origin", "UPLOAD")
			.append("fileName", fileName)
			.append("size", 120L)
			.append("sha256", sha256)
			.append("format", "OMRON_CONNECT")
			.append("status", (duplicateOf != null) ? "DUPLICATE" : "SUCCEEDED")
			.append("duplicateOf", duplicateOf)
			.append("zone", "Europe/Berlin")
			.append("zoneAssumed", true)
			.append("rowsImported", 2L)
			.append("rowsSkipped", 0L)
			.append("createdAt", DailyActivities.UPDATED_AT)
			.append("updatedAt", DailyActivities.UPDATED_AT), COLLECTION);
	}

}
