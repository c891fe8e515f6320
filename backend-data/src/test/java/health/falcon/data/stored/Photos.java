package health.falcon.data.stored;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import health.falcon.documents.photos.PhotosCollection;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes photos as backend-server's media does: the original and the thumbnail in the
 * GridFS bucket {@code photo_files} (with {@code metadata.userId}), and the photo's
 * document in {@code photos}.
 */
public final class Photos {

	private Photos() {
	}

	/**
	 * Store a photo.
	 * @param id the photo id (a UUID string in backend-server)
	 * @param bytes the original's bytes
	 * @return the original's file id
	 */
	public static ObjectId write(MongoTemplate template, String userId, String id, String contentType, byte[] bytes) {
		GridFSBucket bucket = GridFSBuckets.create(template.getDb(), PhotosCollection.BUCKET);
		GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("userId", userId));
		ObjectId original = bucket.uploadFromStream(id + "-original", new ByteArrayInputStream(bytes), options);
		ObjectId thumbnail = bucket.uploadFromStream(id + "-thumbnail", new ByteArrayInputStream(new byte[] { 1, 2 }),
				options);
		template.save(new Document("_id", id).append(PhotosCollection.USER_ID, userId)
			.append(PhotosCollection.CAPTION, "Summit " + id)
			.append(PhotosCollection.DATE, "2026-07-14")
			.append(PhotosCollection.UPLOADED_AT, Date.from(Instant.parse("2026-07-14T18:00:00Z")))
			.append(PhotosCollection.CONTENT_TYPE, contentType)
			.append(PhotosCollection.SIZE, (long) bytes.length)
			.append(PhotosCollection.WIDTH, 640)
			.append(PhotosCollection.HEIGHT, 480)
			.append(PhotosCollection.ORIGINAL_FILE_ID, original)
			.append(PhotosCollection.THUMBNAIL_FILE_ID, thumbnail), PhotosCollection.COLLECTION);
		return original;
	}

}
