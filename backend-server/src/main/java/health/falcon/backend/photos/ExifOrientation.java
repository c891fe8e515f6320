package health.falcon.backend.photos;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * The EXIF orientation of a JPEG (tag 274, values 1 to 8), read with TwelveMonkeys'
 * metadata readers, and turning the decoded pixels upright with it, so that an image
 * still shows the right way up once its EXIF block is gone.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/**
	 * The orientation a JPEG's EXIF block states.
	 * @param jpeg the file
	 * @return 1 to 8; 1 (upright) when there is no EXIF block, no tag or a broken one
	 */
	static int of(byte[] jpeg) {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
			List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
			for (JPEGSegment segment : segments) {
				int orientation = orientation(segment);
				if (orientation != NORMAL) {
					return orientation;
				}
			}
			return NORMAL;
		}
		catch (IOException | RuntimeException ex) {
			// An unreadable EXIF block says nothing about the orientation.
			return NORMAL;
		}
	}

	private static int orientation(JPEGSegment segment) throws IOException {
		InputStream data = segment.data();
		// "Exif" is followed by two zero bytes, of which the identifier holds one.
		data.read();
		try (ImageInputStream tiff = new MemoryCacheImageInputStream(data)) {
			Directory directory = new TIFFReader().read(tiff);
			Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
			if (entry != null && entry.getValue() instanceof Number value && value.intValue() >= 1
					&& value.intValue() <= 8) {
				return value.intValue();
			}
			return NORMAL;
		}
	}

	/**
	 * The image turned and mirrored as the orientation says.
	 * @param image the decoded pixels as stored
	 * @param orientation 1 to 8
	 * @return the upright image; the same one for orientation 1
	 */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= NORMAL || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean turned = orientation >= 5;
		int type = (image.getType() != BufferedImage.TYPE_CUSTOM) ? image.getType()
				: (image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, type);
		Graphics2D graphics = upright.createGraphics();
		try {
			graphics.drawImage(image, transform(orientation, w, h), null);
		}
		finally {
			graphics.dispose();
		}
		return upright;
	}

	/**
	 * The transform from stored to upright coordinates, {@code (m00, m10, m01, m11, m02,
	 * m12)}: 2 mirrors horizontally, 3 turns by 180°, 4 mirrors vertically, 5 transposes,
	 * 6 turns 90° clockwise, 7 transverses, 8 turns 90° counter-clockwise.
	 */
	private static AffineTransform transform(int orientation, int w, int h) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
	}

}
