package health.falcon.backend.downloads;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Copies a download from backend-data to the browser as it arrives, in chunks, never
 * holding the whole body: backend-data's status, {@code Content-Type} and
 * {@code Content-Disposition} (the length is left to chunked transfer), plus
 * {@code Cache-Control: no-store} (health data stays out of every cache) and
 * {@code X-Content-Type-Options: nosniff}.
 */
final class Downloads {

	private static final List<String> KEPT = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION);

	private Downloads() {
	}

	/**
	 * Relay a download and close its stream.
	 * @param download backend-data's answer, its body the open stream (or {@code null}
	 * without a body)
	 * @param response the browser's response, not yet committed
	 */
	static void relay(ResponseEntity<InputStreamResource> download, HttpServletResponse response) throws IOException {
		InputStreamResource resource = download.getBody();
		try (InputStream body = (resource != null) ? resource.getInputStream() : InputStream.nullInputStream()) {
			response.setStatus(download.getStatusCode().value());
			for (String name : KEPT) {
				String value = download.getHeaders().getFirst(name);
				if (value != null) {
					response.setHeader(name, value);
				}
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			body.transferTo(response.getOutputStream());
		}
	}

}
