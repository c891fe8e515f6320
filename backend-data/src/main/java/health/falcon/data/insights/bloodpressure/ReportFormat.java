package health.falcon.data.insights.bloodpressure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import health.falcon.data.paging.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * The formats of the clinician report: print-ready HTML, or a PDF made from the same
 * HTML.
 */
enum ReportFormat {

	HTML("html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)),

	PDF("pdf", MediaType.APPLICATION_PDF);

	private final String extension;

	private final MediaType mediaType;

	ReportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * Read the {@code format} parameter.
	 * @param format {@code html} (also when missing) or {@code pdf}
	 * @return the format
	 * @throws InvalidParameterException for any other value
	 */
	static ReportFormat of(@Nullable String format) {
		if (format == null || format.isBlank()) {
			return HTML;
		}
		for (ReportFormat value : values()) {
			if (value.extension.equals(format.toLowerCase(Locale.ROOT))) {
				return value;
			}
		}
		throw new InvalidParameterException("format", "must be 'html' or 'pdf'");
	}

}
