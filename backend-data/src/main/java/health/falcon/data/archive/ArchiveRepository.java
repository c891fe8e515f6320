package health.falcon.data.archive;

import java.io.OutputStream;
import java.util.function.Consumer;

import com.mongodb.client.FindIterable;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import health.falcon.documents.photos.PhotosCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reads of the archive: a user's documents of one collection through a cursor (one
 * batch in memory at a time), and a photo's original from GridFS.
 */
@Repository
class ArchiveRepository {

	private final MongoTemplate mongo;

	private final ArchiveProperties properties;

	ArchiveRepository(MongoTemplate mongo, ArchiveProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	/**
	 * Hand every document of the user's in a collection to an action, in {@code _id}
	 * order, without holding more than one cursor batch.
	 * @param collection the collection
	 * @param userId the owner
	 * @param action what to do with each
	 */
	void each(ExportedCollection collection, String userId, Consumer<Document> action) {
		FindIterable<Document> found = this.mongo.getCollection(collection.name())
			.find(collection.filter(userId))
			.sort(Sorts.ascending("_id"))
			.batchSize(this.properties.batchSize());
		if (collection.projection() != null) {
			found = found.projection(collection.projection());
		}
		found.forEach(action);
	}

	/**
	 * Hand every photo's id, content type and original file id to an action.
	 * @param userId the owner
	 * @param action what to do with each
	 */
	void photos(String userId, Consumer<Document> action) {
		this.mongo.getCollection(PhotosCollection.COLLECTION)
			.find(Filters.eq(PhotosCollection.USER_ID, userId))
			.projection(Projections.include(PhotosCollection.CONTENT_TYPE, PhotosCollection.ORIGINAL_FILE_ID))
			.sort(Sorts.ascending("_id"))
			.batchSize(this.properties.batchSize())
			.forEach(action);
	}

	/**
	 * The file of a photo's, if it is in {@code photo_files} and the user's.
	 * @param userId the owner, which the file's {@code metadata.userId} must name
	 * @param fileId the photo's file id
	 * @return the file id, or {@code null} when there is no such file of the user's
	 */
	@Nullable ObjectId photoFile(String userId, @Nullable Object fileId) {
		if (!(fileId instanceof ObjectId id)) {
			return null;
		}
		GridFSFile file = bucket()
			.find(Filters.and(Filters.eq("_id", id), Filters.eq(PhotosCollection.METADATA_USER_ID, userId)))
			.first();
		return (file != null) ? id : null;
	}

	/**
	 * Copy a file of {@code photo_files} to a stream, chunk by chunk.
	 * @param fileId the file, checked with {@link #photoFile}
	 * @param out where to copy it (not closed)
	 */
	void copyPhoto(ObjectId fileId, OutputStream out) {
		bucket().downloadToStream(fileId, out);
	}

	private GridFSBucket bucket() {
		return GridFSBuckets.create(this.mongo.getDb(), PhotosCollection.BUCKET);
	}

}
