package health.falcon.ingest.uploads;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.util.unit.DataSize;

/**
 * The servlet multipart limits of an import service, derived from the same typed property
 * as the import's own upload limit, so that an upload over it is refused while it arrives
 * (413, problem type {@code payload-too-large}, before anything is kept) rather than
 * spooled to disk first. A service declares the result as its
 * {@code MultipartConfigElement} bean, which replaces Boot's
 * {@code spring.servlet.multipart.max-*} settings.
 */
public final class MultipartLimits {

	/**
	 * Room for the form's other parts (a time zone, a profile's JSON) beside the file.
	 */
	static final DataSize OTHER_PARTS = DataSize.ofKilobytes(64);

	private MultipartLimits() {
	}

	/**
	 * The multipart configuration for a largest upload.
	 * @param maxUploadSize the largest file accepted
	 * @return the file limit at {@code maxUploadSize}, the request limit 64 KiB above it,
	 * parts written to disk from their first byte
	 */
	public static MultipartConfigElement of(DataSize maxUploadSize) {
		long file = maxUploadSize.toBytes();
		return new MultipartConfigElement("", file, file + OTHER_PARTS.toBytes(), 0);
	}

}
