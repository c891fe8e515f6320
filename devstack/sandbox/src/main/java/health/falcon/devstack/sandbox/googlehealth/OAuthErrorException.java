package health.falcon.devstack.sandbox.googlehealth;

import org.springframework.http.HttpStatus;

/**
 * A failure of Google's token or revoke endpoint, answered as {@code {"error": "...",
 * "error_description": "..."}}.
 */
class OAuthErrorException extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	OAuthErrorException(HttpStatus status, String error, String description) {
		super(description);
		this.status = status;
		this.error = error;
	}

	static OAuthErrorException invalidGrant(String description) {
		return new OAuthErrorException(HttpStatus.BAD_REQUEST, "invalid_grant", description);
	}

	HttpStatus status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

}
