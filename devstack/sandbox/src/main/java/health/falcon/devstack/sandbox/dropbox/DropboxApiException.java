package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A Dropbox API error: 401 auth errors and 409 endpoint errors with Dropbox's
 * {@code {"error_summary": ..., "error": {".tag": ...}}} body.
 */
class DropboxApiException extends RuntimeException {

	private final HttpStatus status;

	private final Map<String, Object> error;

	DropboxApiException(HttpStatus status, String summary, Map<String, Object> error) {
		super(summary);
		this.status = status;
		this.error = error;
	}

	static DropboxApiException auth(String tag) {
		return new DropboxApiException(HttpStatus.UNAUTHORIZED, tag + "/..", Map.of(".tag", tag));
	}

	static DropboxApiException path(String lookupError) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put(".tag", "path");
		error.put("path", Map.of(".tag", lookupError));
		return new DropboxApiException(HttpStatus.CONFLICT, "path/" + lookupError + "/..", error);
	}

	static DropboxApiException reset() {
		return new DropboxApiException(HttpStatus.CONFLICT, "reset/..", Map.of(".tag", "reset"));
	}

	HttpStatus status() {
		return this.status;
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error_summary", getMessage());
		body.put("error", this.error);
		return body;
	}

}
