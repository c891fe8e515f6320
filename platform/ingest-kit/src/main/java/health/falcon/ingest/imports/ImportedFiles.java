package health.falcon.ingest.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The {@value #COLLECTION} collection: one record per imported file of every service, in
 * one shape (see {@link ImportView}); dropbox-ingest adds the Dropbox fields of a synced
 * file ({@code dropboxId}, {@code path}, {@code rev}, ...) and the hand-off
 * classification. Every read is scoped to the owner and the provider.
 */
public class ImportedFiles {

	/** The collection. */
	public static final String COLLECTION = "imported_files";

	private final MongoCollection<Document> files;

	private final Clock clock;

	/**
	 * Open the collection and create its indexes.
	 * @param mongo the database
	 * @param clock the clock stamping records
	 */
	public ImportedFiles(MongoOperations mongo, Clock clock) {
		this.files = mongo.getCollection(COLLECTION);
		this.clock = clock;
		IndexOperations indexes = mongo.indexOps(COLLECTION);
		// a provider's list for a user, newest first, and earlier imports of the same
		// content
		indexes.createIndex(new Index().on("userId", Sort.Direction.ASC)
			.on("provider", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.DESC)
			.named("user_provider_recent"));
		indexes.createIndex(
				new Index().on("userId", Sort.Direction.ASC).on("sha256", Sort.Direction.ASC).named("user_content"));
	}

	void create(String id, ImportRequest request, KeptFile file, String zone, boolean zoneAssumed,
			ImportStatus status) {
		Date now = Date.from(this.clock.instant());
		this.files.insertOne(new Document("_id", id).append("userId", request.userId())
			.append("provider", request.provider())
			.append("origin", request.origin().name())
			.append("fileName", file.fileName())
			.append("size", file.size())
			.append("sha256", file.sha256())
			.append("zone", zone)
			.append("zoneAssumed", zoneAssumed)
			.append("profile", request.profile())
			.append("status", status.name())
			.append("progress", progress(0, 0))
			.append("rowsImported", 0L)
			.append("rowsSkipped", 0L)
			.append("createdAt", now)
			.append("updatedAt", now));
	}

	/**
	 * The earliest import of this content by this user through this provider, with the
	 * same zone and profile, that was not refused or a duplicate itself.
	 */
	Optional<String> original(ImportRequest request, String sha256, String zone) {
		Bson filter = Filters.and(Filters.eq("userId", request.userId()), Filters.eq("sha256", sha256),
				Filters.eq("provider", request.provider()), Filters.eq("zone", zone),
				Filters.eq("profile", request.profile()),
				Filters.in("status", ImportStatus.ORIGINALS.stream().map(Enum::name).toList()));
		Document original = this.files.find(filter).sort(Sorts.ascending("createdAt")).first();
		return Optional.ofNullable(original).map((document) -> document.getString("_id"));
	}

	void duplicate(String id, String originalId) {
		set(id, new Document("duplicateOf", originalId)
			.append("reason", "the same content was imported before (import " + originalId + "); not imported again")
			.append("finishedAt", Date.from(this.clock.instant())));
	}

	void status(String id, ImportStatus status) {
		set(id, new Document("status", status.name()));
	}

	void progress(String id, int done, int total) {
		set(id, new Document("progress", progress(done, total)));
	}

	void finish(String id, ImportResult result) {
		set(id, ImportDocuments.result(result).append("finishedAt", Date.from(this.clock.instant())));
	}

	/**
	 * One record of a user's, through one provider.
	 * @param userId the owner
	 * @param provider the provider in the path
	 * @param id the import id
	 * @return the view, empty when there is no such record of that user and provider
	 */
	public Optional<ImportView> find(String userId, String provider, String id) {
		Document file = this.files
			.find(Filters.and(Filters.eq("_id", id), Filters.eq("userId", userId), Filters.eq("provider", provider)))
			.first();
		return Optional.ofNullable(file).map(ImportDocuments::view);
	}

	/**
	 * A user's records through one provider, newest first.
	 * @param userId the owner
	 * @param provider the provider in the path
	 * @param limit how many at most
	 * @return the views
	 */
	public List<ImportView> list(String userId, String provider, int limit) {
		List<ImportView> views = new ArrayList<>();
		this.files.find(Filters.and(Filters.eq("userId", userId), Filters.eq("provider", provider)))
			.sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.descending("_id")))
			.limit(limit)
			.forEach((file) -> views.add(ImportDocuments.view(file)));
		return views;
	}

	private void set(String id, Document fields) {
		fields.append("updatedAt", Date.from(this.clock.instant()));
		this.files.updateOne(Filters.eq("_id", id), new Document("$set", fields));
	}

	private static Document progress(int done, int total) {
		return new Document("done", done).append("total", total);
	}

	static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
