package health.falcon.documents.photos;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code photos} collection: one document per uploaded photo ({@code _id} = the photo
 * id, a random UUID string), written by backend-server. The image and its thumbnail are
 * two files in the GridFS bucket {@code photo_files}, whose files carry their owner in
 * {@code metadata.userId}; the document names them by their GridFS ObjectIds.
 */
public final class PhotosCollection {

	public static final String COLLECTION = "photos";

	/** The GridFS bucket of the images and thumbnails. */
	public static final String BUCKET = "photo_files";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** The user's caption, a string or {@code null}. */
	public static final String CAPTION = "caption";

	/** The local date the photo belongs to ({@code yyyy-MM-dd}) or {@code null}. */
	public static final String DATE = "date";

	/** When the photo was uploaded (BSON date). */
	public static final String UPLOADED_AT = "uploadedAt";

	/**
	 * The stored image's type: {@code image/jpeg}, {@code image/png} or
	 * {@code image/webp}.
	 */
	public static final String CONTENT_TYPE = "contentType";

	/** The stored image's length in bytes. */
	public static final String SIZE = "size";

	/** The stored image's width in pixels. */
	public static final String WIDTH = "width";

	/** The stored image's height in pixels. */
	public static final String HEIGHT = "height";

	/** The ObjectId of the image in {@link #BUCKET}. */
	public static final String ORIGINAL_FILE_ID = "originalFileId";

	/** The ObjectId of the thumbnail in {@link #BUCKET}. */
	public static final String THUMBNAIL_FILE_ID = "thumbnailFileId";

	/** The owner of a file in {@link #BUCKET}. */
	public static final String METADATA_USER_ID = "metadata.userId";

	private PhotosCollection() {
	}

	/**
	 * The {@code user_uploaded} index for a user's photos, newest first (the list's
	 * keyset order: {@code uploadedAt}, then {@code _id}).
	 * @return a new index definition
	 */
	public static Index userUploaded() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(UPLOADED_AT, Sort.Direction.DESC)
			.on(ID, Sort.Direction.DESC)
			.named("user_uploaded");
	}

	/**
	 * Every index the writer creates on {@link #COLLECTION}.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(userUploaded());
	}

	/**
	 * The {@code user} index on the bucket's files collection
	 * ({@code photo_files.files}), which erasing a user's files selects by.
	 * @return a new index definition
	 */
	public static Index fileOwner() {
		return new Index().on(METADATA_USER_ID, Sort.Direction.ASC).named("user");
	}

	/**
	 * Every index the writer creates on the bucket's files collection, beside the ones
	 * GridFS creates itself.
	 * @return new index definitions
	 */
	public static List<Index> fileIndexes() {
		return List.of(fileOwner());
	}

}
