package health.falcon.dropbox.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import health.falcon.dropbox.formats.RowError;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Repository;

/**
 * The {@code imported_files} collection: one document per uploaded file and per synced
 * Dropbox file (user, origin, file name, content SHA-256, detected format, status,
 * counts, rejected rows; see {@link DropboxFileRecords} for the Dropbox fields). Every
 * read is scoped to the owner.
 */
@Repository
class ImportedFiles {

	static final String COLLECTION = "imported_files";

	private final MongoCollection<Document> files;

	private final Clock clock;

	ImportedFiles(MongoTemplate mongo, Clock clock) {
		this.files = mongo.getCollection(COLLECTION);
		this.clock = clock;
		IndexOperations indexes = mongo.indexOps(COLLECTION);
		// the user's list (newest first), duplicate content, and a Dropbox file's record
		indexes.createIndex(
				new Index().on("userId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC).named("user_recent"));
		indexes.createIndex(
				new Index().on("userId", Sort.Direction.ASC).on("sha256", Sort.Direction.ASC).named("user_content"));
		indexes.createIndex(new Index().on("userId", Sort.Direction.ASC)
			.on("dropboxId", Sort.Direction.ASC)
			.named("user_dropbox_file"));
	}

	void create(ImportView file, String userId) {
		Date now = Date.from(this.clock.instant());
		Document document = new Document("_id", file.id()).append("userId", userId)
			.append("file", file.file())
			.append("sha256", file.sha256())
			.append("zone", file.zone())
			.append("zoneAssumed", file.zoneAssumed())
			.append("origin", file.origin())
			.append("createdAt", now);
		this.files.insertOne(document.append("updatedAt", now).append("status", file.status().name()));
		if (file.status() == ImportStatus.DUPLICATE) {
			set(file.id(), new Document("reason", file.reason()).append("duplicateOf", file.duplicateOf()));
		}
	}

	/**
	 * The earliest import of this content by this user that was not refused or a
	 * duplicate itself.
	 */
	Optional<String> original(String userId, String sha256) {
		Document original = this.files
			.find(Filters.and(Filters.eq("userId", userId), Filters.eq("sha256", sha256),
					Filters.in("status", ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name(),
							ImportStatus.SUCCEEDED.name(), ImportStatus.HANDED_OFF.name())))
			.sort(Sorts.ascending("createdAt"))
			.first();
		return Optional.ofNullable(original).map((document) -> document.getString("_id"));
	}

	void status(String id, ImportStatus status) {
		set(id, new Document("status", status.name()));
	}

	void finish(String id, ImportOutcome outcome) {
		List<Document> errors = new ArrayList<>();
		outcome.errors()
			.forEach((error) -> errors.add(new Document("line", error.line()).append("reason", error.reason())));
		set(id, new Document("status", outcome.status().name()).append("format", outcome.format())
			.append("rowsImported", outcome.rowsImported())
			.append("rowsSkipped", outcome.rowsSkipped())
			.append("errors", errors)
			.append("reason", outcome.reason()));
	}

	Optional<ImportView> find(String userId, String id) {
		Document file = this.files.find(Filters.and(Filters.eq("_id", id), Filters.eq("userId", userId))).first();
		return Optional.ofNullable(file).map(ImportedFiles::view);
	}

	/**
	 * The user's files, uploads and Dropbox files alike, newest first.
	 */
	List<ImportView> list(String userId, int limit) {
		List<ImportView> views = new ArrayList<>();
		this.files.find(Filters.eq("userId", userId))
			.sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.descending("_id")))
			.limit(limit)
			.forEach((file) -> views.add(view(file)));
		return views;
	}

	private void set(String id, Document fields) {
		fields.append("updatedAt", Date.from(this.clock.instant()));
		this.files.updateOne(Filters.eq("_id", id), new Document("$set", fields));
	}

	static ImportView view(Document file) {
		List<RowError> errors = new ArrayList<>();
		for (Document error : file.getList("errors", Document.class, List.of())) {
			errors.add(new RowError(error.getInteger("line", 0), error.getString("reason")));
		}
		return new ImportView(file.getString("_id"), file.getString("file"), file.getString("sha256"),
				file.getString("format"), ImportStatus.valueOf(file.getString("status")), count(file, "rowsImported"),
				count(file, "rowsSkipped"), errors, file.getString("reason"), file.getString("duplicateOf"),
				file.getString("zone"), file.getBoolean("zoneAssumed", false),
				Objects.requireNonNullElse(file.getString("origin"), ImportView.UPLOAD), dropbox(file),
				instant(file.getDate("createdAt")));
	}

	private static ImportView.@Nullable Dropbox dropbox(Document file) {
		if (!ImportView.DROPBOX.equals(file.getString("origin"))) {
			return null;
		}
		return new ImportView.Dropbox(file.getString("dropboxId"), file.getString("path"), file.getString("rev"),
				file.getString("contentHash"), file.getString("importedRev"), file.getBoolean("deleted", false),
				instant(file.getDate("deletedAt")));
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static long count(Document file, String field) {
		@Nullable Object value = file.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
