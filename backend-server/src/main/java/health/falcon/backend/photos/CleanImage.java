package health.falcon.backend.photos;

/**
 * An accepted upload, ready to store: the image without metadata and its thumbnail.
 *
 * @param bytes the image as stored
 * @param format its format
 * @param width its width in pixels, upright
 * @param height its height in pixels, upright
 * @param thumbnail the thumbnail as stored
 * @param thumbnailFormat the thumbnail's format (JPEG, or PNG for images with alpha)
 */
record CleanImage(byte[] bytes, ImageFormat format, int width, int height, byte[] thumbnail,
		ImageFormat thumbnailFormat) {

}
