package health.falcon.dropbox.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportedFiles;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/**
 * The Dropbox records of the ingest kit's {@code imported_files}: one per Dropbox file
 * and user (found by {@code dropboxId}), updated with each revision, in the kit's shape
 * ({@code provider: dropbox}, {@code origin: DROPBOX}, {@code fileName}, ...). Besides
 * the kit's fields they hold {@code dropboxId}, {@code path} (lower case), {@code rev}
 * and {@code contentHash} (the latest revision seen), {@code size}, {@code importedRev}
 * and {@code importedContentHash} (the revision whose rows are stored), {@code deleted},
 * {@code deletedAt}, {@code retry} and {@code attempts} (a failed download waiting for
 * the next sync) and {@code lastSeenAt}.
 */
@Repository
class DropboxFileRecords {

	private final MongoCollection<Document> files;

	private final Clock clock;

	DropboxFileRecords(MongoTemplate mongo, Clock clock) {
		this.files = mongo.getCollection(ImportedFiles.COLLECTION);
		this.clock = clock;
		// a Dropbox file's record, found by its Dropbox id on every sync
		mongo.indexOps(ImportedFiles.COLLECTION)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("dropboxId", Sort.Direction.ASC)
				.named("user_dropbox_file"));
	}

	Optional<Document> find(String userId, String dropboxId) {
		return Optional.ofNullable(this.files.find(ofFile(userId, dropboxId)).first());
	}

	/**
	 * Create or update the record of a file with the given revision and fields; a new
	 * record gets the filter's owner, provider, origin and Dropbox id.
	 * @return the record after the update
	 */
	Document save(String userId, DropboxFile file, Document fields) {
		Date now = Date.from(this.clock.instant());
		Document set = new Document(fields).append("fileName", file.name())
			.append("path", file.path())
			.append("rev", file.rev())
			.append("contentHash", file.contentHash())
			.append("size", file.size())
			.append("lastSeenAt", now)
			.append("updatedAt", now);
		Document insert = new Document("_id", UUID.randomUUID().toString()).append("createdAt", now);
		return this.files.findOneAndUpdate(ofFile(userId, file.dropboxId()),
				new Document("$set", set).append("$setOnInsert", insert),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
	}

	void update(String id, Document fields) {
		fields.append("updatedAt", Date.from(this.clock.instant()));
		this.files.updateOne(Filters.eq("_id", id), new Document("$set", fields));
	}

	/**
	 * The live (not deleted) records at a path or below it.
	 */
	List<Document> liveAt(String userId, String path) {
		Bson at = Filters.or(Filters.eq("path", path), Filters.regex("path", "^" + Pattern.quote(path + "/")));
		return this.files.find(Filters.and(ofUser(userId), Filters.ne("deleted", true), at)).into(new ArrayList<>());
	}

	List<Document> retries(String userId, int limit) {
		return this.files.find(Filters.and(ofUser(userId), Filters.eq("retry", true), Filters.ne("deleted", true)))
			.sort(Sorts.ascending("updatedAt"))
			.limit(limit)
			.into(new ArrayList<>());
	}

	long purge(String userId) {
		return this.files.deleteMany(ofUser(userId)).getDeletedCount();
	}

	/**
	 * The user's Dropbox records: other services' records share the collection.
	 */
	private static Bson ofUser(String userId) {
		return Filters.and(Filters.eq("userId", userId), Filters.eq("provider", DropboxImportReader.PROVIDER),
				Filters.eq("origin", ImportOrigin.DROPBOX.name()));
	}

	private static Bson ofFile(String userId, String dropboxId) {
		return Filters.and(ofUser(userId), Filters.eq("dropboxId", dropboxId));
	}

}
