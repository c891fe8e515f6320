package health.falcon.backend.photos;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats accepted, recognised by their leading bytes (magic numbers) only:
 * neither the file name nor the declared content type is ever consulted.
 */
enum ImageFormat {

	JPEG("image/jpeg", "jpeg", "jpg"), PNG("image/png", "png", "png"), WEBP("image/webp", "webp", "webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String contentType;

	private final String imageIoName;

	private final String extension;

	ImageFormat(String contentType, String imageIoName, String extension) {
		this.contentType = contentType;
		this.imageIoName = imageIoName;
		this.extension = extension;
	}

	String contentType() {
		return this.contentType;
	}

	String imageIoName() {
		return this.imageIoName;
	}

	String extension() {
		return this.extension;
	}

	/**
	 * The format the bytes begin as.
	 * @param bytes the uploaded file
	 * @return the format, empty when the bytes are none of the three
	 */
	static Optional<ImageFormat> sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= PNG_SIGNATURE.length
				&& Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 12 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean ascii(byte[] bytes, int offset, String expected) {
		for (int i = 0; i < expected.length(); i++) {
			if (bytes[offset + i] != expected.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
