package health.falcon.devstack.sandbox.dropbox;

import org.springframework.http.HttpStatus;

/**
 * A refused sandbox control request (unknown account, bad path, a folder in the way),
 * answered as RFC 9457 problem details.
 */
class SandboxRequestException extends RuntimeException {

	private final HttpStatus status;

	SandboxRequestException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
