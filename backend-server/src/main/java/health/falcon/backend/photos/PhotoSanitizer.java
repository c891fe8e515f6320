package health.falcon.backend.photos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into a {@link CleanImage}, or refuses it. The format comes from the
 * bytes alone; the pixel limit is checked from the header before decoding; the image must
 * decode completely. JPEG and PNG are re-encoded from their pixels (JPEG turned upright
 * by its EXIF orientation first), which leaves every metadata block behind; WebP, which
 * pure Java cannot write, keeps its image data and loses its metadata chunks. The
 * thumbnail is made with Thumbnailator.
 */
@Component
class PhotoSanitizer {

	private final PhotosProperties properties;

	private final Semaphore decodes;

	PhotoSanitizer(PhotosProperties properties) {
		this.properties = properties;
		this.decodes = new Semaphore(properties.concurrentDecodes(), true);
	}

	/**
	 * Check and clean an upload. The upload is read into memory only once a decode slot
	 * is free, so waiting uploads stay where the multipart resolver put them (on disk).
	 * @param upload the uploaded file, at most {@code falcon.photos.max-bytes} long
	 * @return the image to store
	 * @throws UnsupportedMediaException when it is no JPEG, PNG or WebP by its bytes
	 * @throws ImageTooLargeException when it declares more than the pixel limit
	 */
	CleanImage sanitize(InputStreamSource upload) {
		this.decodes.acquireUninterruptibly();
		try {
			byte[] bytes = read(upload);
			ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(UnsupportedMediaException::new);
			return switch (format) {
				case JPEG -> jpeg(bytes);
				case PNG ->
					clean(ImageCodec.decode(bytes, ImageFormat.PNG, this.properties.maxPixels()), ImageFormat.PNG);
				case WEBP -> webp(bytes);
			};
		}
		finally {
			this.decodes.release();
		}
	}

	private static byte[] read(InputStreamSource upload) {
		try (InputStream in = upload.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CleanImage jpeg(byte[] upload) {
		BufferedImage decoded = ImageCodec.decode(upload, ImageFormat.JPEG, this.properties.maxPixels());
		return clean(ExifOrientation.apply(decoded, ExifOrientation.of(upload)), ImageFormat.JPEG);
	}

	private CleanImage clean(BufferedImage image, ImageFormat format) {
		return withThumbnail(ImageCodec.encode(image, format), format, image);
	}

	private CleanImage webp(byte[] upload) {
		byte[] stripped = WebpChunks.strip(upload);
		BufferedImage image = ImageCodec.decode(stripped, ImageFormat.WEBP, this.properties.maxPixels());
		return withThumbnail(stripped, ImageFormat.WEBP, image);
	}

	private CleanImage withThumbnail(byte[] bytes, ImageFormat format, BufferedImage image) {
		ImageFormat thumbnailFormat = image.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG;
		byte[] thumbnail = ImageCodec.encode(thumbnail(image), thumbnailFormat);
		return new CleanImage(bytes, format, image.getWidth(), image.getHeight(), thumbnail, thumbnailFormat);
	}

	private BufferedImage thumbnail(BufferedImage image) {
		int side = this.properties.thumbnailSize();
		try {
			if (Math.max(image.getWidth(), image.getHeight()) <= side) {
				// never enlarged
				return Thumbnails.of(image).scale(1.0).asBufferedImage();
			}
			return Thumbnails.of(image).size(side, side).keepAspectRatio(true).asBufferedImage();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
