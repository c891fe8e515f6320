package health.falcon.devstack.sandbox.myfitnesspal;

import org.springframework.http.HttpStatus;

/**
 * An API-host failure, answered as {@code {"error": "...", "error_description": "..."}}
 * (401 for a missing or bad token or header, 403 for another user's id).
 */
class MfpApiException extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	MfpApiException(HttpStatus status, String error, String description) {
		super(description);
		this.status = status;
		this.error = error;
	}

	static MfpApiException unauthorized(String description) {
		return new MfpApiException(HttpStatus.UNAUTHORIZED, "unauthorized", description);
	}

	HttpStatus status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

}
