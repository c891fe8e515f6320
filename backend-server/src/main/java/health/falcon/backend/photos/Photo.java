package health.falcon.backend.photos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import static health.falcon.documents.photos.PhotosCollection.CAPTION;
import static health.falcon.documents.photos.PhotosCollection.CONTENT_TYPE;
import static health.falcon.documents.photos.PhotosCollection.DATE;
import static health.falcon.documents.photos.PhotosCollection.HEIGHT;
import static health.falcon.documents.photos.PhotosCollection.ID;
import static health.falcon.documents.photos.PhotosCollection.ORIGINAL_FILE_ID;
import static health.falcon.documents.photos.PhotosCollection.SIZE;
import static health.falcon.documents.photos.PhotosCollection.THUMBNAIL_FILE_ID;
import static health.falcon.documents.photos.PhotosCollection.UPLOADED_AT;
import static health.falcon.documents.photos.PhotosCollection.USER_ID;
import static health.falcon.documents.photos.PhotosCollection.WIDTH;

/**
 * One stored photo: the document of the {@code photos} collection.
 *
 * @param id the photo id, a random UUID string
 * @param userId the owner
 * @param caption the caption, {@code null} when none
 * @param date the local date the photo belongs to, {@code null} when none
 * @param uploadedAt when it was uploaded, to the millisecond
 * @param contentType the stored image's type
 * @param size the stored image's length in bytes
 * @param width its width in pixels
 * @param height its height in pixels
 * @param originalFileId the image in the GridFS bucket
 * @param thumbnailFileId the thumbnail in the GridFS bucket
 */
record Photo(String id, String userId, @Nullable String caption, @Nullable LocalDate date, Instant uploadedAt,
		String contentType, long size, int width, int height, ObjectId originalFileId, ObjectId thumbnailFileId) {

	Document toDocument() {
		return new Document(ID, this.id).append(USER_ID, this.userId)
			.append(CAPTION, this.caption)
			.append(DATE, (this.date != null) ? this.date.toString() : null)
			.append(UPLOADED_AT, Date.from(this.uploadedAt))
			.append(CONTENT_TYPE, this.contentType)
			.append(SIZE, this.size)
			.append(WIDTH, this.width)
			.append(HEIGHT, this.height)
			.append(ORIGINAL_FILE_ID, this.originalFileId)
			.append(THUMBNAIL_FILE_ID, this.thumbnailFileId);
	}

	static Photo of(Document document) {
		String date = document.getString(DATE);
		return new Photo(document.getString(ID), document.getString(USER_ID), document.getString(CAPTION),
				(date != null) ? LocalDate.parse(date) : null, document.getDate(UPLOADED_AT).toInstant(),
				document.getString(CONTENT_TYPE), ((Number) document.get(SIZE)).longValue(),
				((Number) document.get(WIDTH)).intValue(), ((Number) document.get(HEIGHT)).intValue(),
				document.getObjectId(ORIGINAL_FILE_ID), document.getObjectId(THUMBNAIL_FILE_ID));
	}

}
