package health.falcon.backend.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Images made for the tests: real JPEG and PNG files written by ImageIO, the same with
 * metadata spliced in (an EXIF block with GPS coordinates and an orientation, a PNG text
 * chunk), decompression bombs that declare huge dimensions in a few hundred bytes, and a
 * small real WebP (16×16 with alpha, made for these tests with Debian's cwebp from a
 * generated PNG) with EXIF and XMP chunks added.
 */
final class TestImages {

	/** The GPS latitude reference and a marker that must never reach storage. */
	static final String GPS_MARKER = "GPS-SECRET-52.5200N";

	private TestImages() {
	}

	static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	static byte[] jpeg(int width, int height) {
		return write(picture(width, height), "jpeg");
	}

	static byte[] png(int width, int height) {
		return write(picture(width, height), "png");
	}

	static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG with an EXIF APP1 segment right after SOI: a little-endian TIFF block whose
	 * IFD0 holds the orientation and a pointer to a GPS IFD with a latitude reference and
	 * an ASCII marker.
	 */
	static byte[] jpegWithExif(int width, int height, int orientation) {
		byte[] jpeg = jpeg(width, height);
		byte[] tiff = exifTiff(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		int length = 2 + 6 + tiff.length;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiff);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static byte[] exifTiff(int orientation) {
		byte[] marker = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 2 * 12 + 4 + marker.length)
			.order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		int gpsOffset = 8 + 2 + 2 * 12 + 4;
		int markerOffset = gpsOffset + 2 + 2 * 12 + 4;
		// IFD0: orientation (SHORT) and the GPS IFD pointer (LONG)
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsOffset);
		tiff.putInt(0);
		// GPS IFD: latitude reference "N" and a processing-method-like ASCII marker
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x001B).putShort((short) 2).putInt(marker.length).putInt(markerOffset);
		tiff.putInt(0);
		tiff.put(marker);
		return tiff.array();
	}

	/** A PNG with a {@code tEXt} chunk holding the GPS marker, before {@code IEND}. */
	static byte[] pngWithText(int width, int height) {
		byte[] png = png(width, height);
		byte[] text = ("Comment\0" + GPS_MARKER).getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, png.length - 12);
		out.writeBytes(pngChunk("tEXt", text));
		out.write(png, png.length - 12, 12);
		return out.toByteArray();
	}

	/**
	 * A decompression bomb: a valid PNG signature and IHDR declaring 100,000 × 100,000
	 * pixels (10 gigapixels), then a tiny IDAT and IEND; a few dozen bytes.
	 */
	static byte[] pngBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		out.writeBytes(pngChunk("IHDR", ihdr.array()));
		out.writeBytes(pngChunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }));
		out.writeBytes(pngChunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	/**
	 * A decompression bomb: a small real JPEG whose SOF0 frame header is changed to
	 * declare 65,000 × 65,000 pixels (4.2 gigapixels).
	 */
	static byte[] jpegBomb() {
		byte[] jpeg = jpeg(16, 16);
		for (int i = 2; i < jpeg.length - 9; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
				ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) 65_000).putShort((short) 65_000);
				return jpeg;
			}
		}
		throw new IllegalStateException("No SOF0 in the test JPEG");
	}

	static byte[] pngChunk(String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		chunk.put(typeBytes).put(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		chunk.putInt((int) crc.getValue());
		return chunk.array();
	}

	/** The PNG chunk types of a file, in order. */
	static List<String> pngChunkTypes(byte[] png) {
		List<String> types = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(png);
		int offset = 8;
		while (offset + 8 <= png.length) {
			int length = buffer.getInt(offset);
			types.add(new String(png, offset + 4, 4, StandardCharsets.US_ASCII));
			offset += 12 + length;
		}
		return types;
	}

	/** The JPEG markers before the image data (SOS), in order. */
	static List<Integer> jpegMarkers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int offset = 2;
		while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
			int marker = jpeg[offset + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			offset += 2 + (((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF));
		}
		return markers;
	}

	/** The real 16×16 WebP (VP8X, ALPH, VP8). */
	static byte[] webp() {
		try (InputStream in = TestImages.class.getResourceAsStream("/photos/falcon.webp")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The WebP with EXIF and XMP chunks appended and announced in the VP8X flags. */
	static byte[] webpWithMetadata() {
		byte[] webp = webp();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(webp);
		out.writeBytes(riffChunk("EXIF", exifTiff(1)));
		out.writeBytes(
				riffChunk("XMP ", ("<x:xmpmeta>" + GPS_MARKER + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
		byte[] result = out.toByteArray();
		ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN).putInt(4, result.length - 8);
		result[20] = (byte) (result[20] | 0x08 | 0x04);
		return result;
	}

	/**
	 * A decompression bomb: the real WebP with its VP8X canvas changed to 16,384 × 16,384
	 * pixels (268 megapixels), the largest a WebP can declare.
	 */
	static byte[] webpBomb() {
		byte[] webp = webp();
		// canvas width - 1 and height - 1, 24 bits little-endian each: 16383 = FF 3F 00
		byte[] canvas = { (byte) 0xFF, 0x3F, 0x00, (byte) 0xFF, 0x3F, 0x00 };
		System.arraycopy(canvas, 0, webp, 24, canvas.length);
		return webp;
	}

	static byte[] riffChunk(String fourCc, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
		chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return chunk.array();
	}

	/** The fourCCs of a WebP's chunks, in order. */
	static List<String> webpChunkTypes(byte[] webp) {
		List<String> types = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
		int offset = 12;
		while (offset + 8 <= webp.length) {
			int size = buffer.getInt(offset + 4);
			types.add(new String(webp, offset, 4, StandardCharsets.US_ASCII));
			offset += 8 + size + (size & 1);
		}
		return types;
	}

	static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

}
