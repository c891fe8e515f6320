package health.falcon.dropbox.store;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The stored {@code source} of a row and the operations on the rows of one Dropbox file
 * that both stores share: {@code source.origin} is {@code UPLOAD} or {@code DROPBOX}; a
 * Dropbox row also carries {@code dropboxId}, {@code path}, {@code rev},
 * {@code contentHash} and, once its file was deleted in Dropbox, {@code deleted: true}
 * with {@code deletedAt}.
 */
final class Sources {

	static final String UPLOAD = "UPLOAD";

	static final String DROPBOX = "DROPBOX";

	private Sources() {
	}

	static Document document(FileSource source) {
		Document document = new Document("kind", "file").append("file", source.file())
			.append("sha256", source.sha256())
			.append("format", source.format());
		DropboxRevision dropbox = source.dropbox();
		if (dropbox == null) {
			return document.append("origin", UPLOAD);
		}
		return document.append("origin", DROPBOX)
			.append("dropboxId", dropbox.dropboxId())
			.append("path", dropbox.path())
			.append("rev", dropbox.rev())
			.append("contentHash", dropbox.contentHash())
			.append("deleted", false);
	}

	static long deleteOtherRevisions(MongoCollection<Document> rows, String userId, String dropboxId, String sha256) {
		return rows.deleteMany(Filters.and(ofFile(userId, dropboxId), Filters.ne("source.sha256", sha256)))
			.getDeletedCount();
	}

	static long markDeleted(MongoCollection<Document> rows, String userId, String dropboxId, Instant at) {
		return rows
			.updateMany(ofFile(userId, dropboxId),
					Updates.combine(Updates.set("source.deleted", true),
							Updates.set("source.deletedAt", Date.from(at))))
			.getModifiedCount();
	}

	static long markRestored(MongoCollection<Document> rows, String userId, String dropboxId) {
		return rows
			.updateMany(ofFile(userId, dropboxId),
					Updates.combine(Updates.set("source.deleted", false), Updates.unset("source.deletedAt")))
			.getModifiedCount();
	}

	static long deleteAllFromDropbox(MongoCollection<Document> rows, String userId) {
		return rows.deleteMany(Filters.and(Filters.eq("userId", userId), Filters.eq("source.origin", DROPBOX)))
			.getDeletedCount();
	}

	static long countOfFile(MongoCollection<Document> rows, String userId, String dropboxId) {
		return rows.countDocuments(ofFile(userId, dropboxId));
	}

	private static Bson ofFile(String userId, String dropboxId) {
		return Filters.and(Filters.eq("userId", userId), Filters.eq("source.dropboxId", dropboxId));
	}

}
