package health.falcon.dropbox.store;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows ({@code blood_pressure} and {@code hrv_recordings}) read from files in a
 * user's Dropbox, addressed by the file's Dropbox id: replacing an earlier revision's
 * rows, marking the rows of a deleted file, and purging.
 */
@Repository
public class DropboxRows {

	private final List<MongoCollection<Document>> collections;

	public DropboxRows(MongoTemplate mongo) {
		this.collections = List.of(mongo.getCollection(BloodPressureCollection.COLLECTION),
				mongo.getCollection(HrvRecordingsCollection.COLLECTION));
		// a revision, deletion or purge touches one file's rows, found by its Dropbox id
		BloodPressureCollection.indexes().forEach(mongo.indexOps(BloodPressureCollection.COLLECTION)::createIndex);
		HrvRecordingsCollection.indexes().forEach(mongo.indexOps(HrvRecordingsCollection.COLLECTION)::createIndex);
	}

	/**
	 * Delete the rows of a file that came from content other than its current revision's,
	 * called after the current revision's rows were written (so the file's data never
	 * disappears in between).
	 * @param userId the owner
	 * @param sha256 the SHA-256 of the current revision's content
	 * @return rows deleted
	 */
	public long deleteOtherRevisions(String userId, String dropboxId, String sha256) {
		return this.collections.stream()
			.mapToLong((rows) -> Sources.deleteOtherRevisions(rows, userId, dropboxId, sha256))
			.sum();
	}

	/**
	 * Mark the rows of a file deleted in Dropbox ({@code source.deleted},
	 * {@code source.deletedAt}); the rows stay.
	 * @param userId the owner
	 * @param at when the deletion was seen
	 * @return rows marked
	 */
	public long markDeleted(String userId, String dropboxId, Instant at) {
		return this.collections.stream().mapToLong((rows) -> Sources.markDeleted(rows, userId, dropboxId, at)).sum();
	}

	/**
	 * Clear the deletion mark of a file that reappeared (restored or moved back).
	 * @param userId the owner
	 * @return rows changed
	 */
	public long markRestored(String userId, String dropboxId) {
		return this.collections.stream().mapToLong((rows) -> Sources.markRestored(rows, userId, dropboxId)).sum();
	}

	/**
	 * Count the rows read from a file.
	 * @param userId the owner
	 * @return rows in both collections
	 */
	public long count(String userId, String dropboxId) {
		return this.collections.stream().mapToLong((rows) -> Sources.countOfFile(rows, userId, dropboxId)).sum();
	}

	/**
	 * Delete every row a user's Dropbox files gave (uploads stay).
	 * @param userId the owner
	 * @return rows deleted
	 */
	public long purge(String userId) {
		return this.collections.stream().mapToLong((rows) -> Sources.deleteAllFromDropbox(rows, userId)).sum();
	}

}
