package health.falcon.documents.photos;

/**
 * Names of the {@code photos} collection (one document per photo, written by
 * backend-server) and of the GridFS bucket {@code photo_files} that holds each photo's
 * original and thumbnail; the files carry {@code metadata.userId}.
 */
public final class PhotosCollection {

	public static final String COLLECTION = "photos";

	public static final String BUCKET = "photo_files";

	public static final String USER_ID = "userId";

	/** A string, or {@code null}. */
	public static final String CAPTION = "caption";

	/** A local date string {@code yyyy-MM-dd}, or {@code null}. */
	public static final String DATE = "date";

	/** A BSON date. */
	public static final String UPLOADED_AT = "uploadedAt";

	public static final String CONTENT_TYPE = "contentType";

	public static final String SIZE = "size";

	public static final String WIDTH = "width";

	public static final String HEIGHT = "height";

	/** The ObjectId of the original in {@link #BUCKET}. */
	public static final String ORIGINAL_FILE_ID = "originalFileId";

	/** The ObjectId of the thumbnail in {@link #BUCKET}. */
	public static final String THUMBNAIL_FILE_ID = "thumbnailFileId";

	/** The owner of a file in {@link #BUCKET}. */
	public static final String METADATA_USER_ID = "metadata.userId";

	private PhotosCollection() {
	}

}
