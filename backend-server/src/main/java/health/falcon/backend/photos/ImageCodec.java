package health.falcon.backend.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes and encodes images with ImageIO, in memory only (no cache files). Decoding
 * reads the header first and refuses an image over the pixel limit before any pixel is
 * decoded; encoding writes pixels and nothing else (no EXIF, XMP, ICC or text metadata).
 */
final class ImageCodec {

	static final float JPEG_QUALITY = 0.9f;

	static {
		// In a Spring Boot jar the plug-ins (TwelveMonkeys' WebP reader) are found only
		// through the application's class loader.
		if (!ImageIO.getImageReadersByFormatName(ImageFormat.WEBP.imageIoName()).hasNext()) {
			ImageIO.scanForPlugins();
		}
	}

	private ImageCodec() {
	}

	/**
	 * Decode an image after checking its declared size.
	 * @param bytes the file
	 * @param format the format its bytes begin as
	 * @param maxPixels the most pixels accepted
	 * @return the pixels
	 * @throws ImageTooLargeException when the header declares more pixels
	 * @throws UnsupportedMediaException when it does not decode as that format
	 */
	static BufferedImage decode(byte[] bytes, ImageFormat format, long maxPixels) {
		ImageReader reader = reader(format);
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			long pixels = pixels(reader);
			if (pixels <= 0) {
				throw new UnsupportedMediaException();
			}
			if (pixels > maxPixels) {
				throw new ImageTooLargeException(maxPixels);
			}
			return read(reader);
		}
		catch (IOException ex) {
			throw new UnsupportedMediaException();
		}
		finally {
			reader.dispose();
		}
	}

	private static long pixels(ImageReader reader) {
		try {
			return (long) reader.getWidth(0) * reader.getHeight(0);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnsupportedMediaException();
		}
	}

	private static BufferedImage read(ImageReader reader) {
		try {
			BufferedImage image = reader.read(0);
			if (image == null) {
				throw new UnsupportedMediaException();
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			// Truncated or corrupt data, or a variant the reader does not support.
			throw new UnsupportedMediaException();
		}
	}

	private static ImageReader reader(ImageFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		return readers.next();
	}

	/**
	 * Encode pixels as JPEG (quality 0.9, no alpha) or PNG, without metadata.
	 * @param image the pixels
	 * @param format {@link ImageFormat#JPEG} or {@link ImageFormat#PNG}
	 * @return the encoded file
	 */
	static byte[] encode(BufferedImage image, ImageFormat format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			BufferedImage pixels = image;
			if (format == ImageFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				pixels = withoutAlpha(image);
			}
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

}
