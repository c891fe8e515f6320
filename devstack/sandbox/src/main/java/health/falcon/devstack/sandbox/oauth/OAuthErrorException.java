package health.falcon.devstack.sandbox.oauth;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A failure of a token or revocation endpoint, answered with an {@link OAuthError} body
 * and the status the provider uses for it (each provider's error handler turns it into
 * {@link #response()}).
 */
public class OAuthErrorException extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	/**
	 * Creates the failure.
	 * @param status the response status
	 * @param error the error code
	 */
	public OAuthErrorException(HttpStatus status, String error, String description) {
		super(description);
		this.status = status;
		this.error = error;
	}

	/**
	 * A 400 failure.
	 * @param error the error code
	 */
	public static OAuthErrorException badRequest(String error, String description) {
		return new OAuthErrorException(HttpStatus.BAD_REQUEST, error, description);
	}

	/**
	 * A 400 {@code invalid_grant}: a code or refresh token that is unknown, used,
	 * expired, revoked or does not match the request.
	 */
	public static OAuthErrorException invalidGrant(String description) {
		return badRequest("invalid_grant", description);
	}

	/**
	 * Requires a token request parameter.
	 * @param value the parameter's value, or {@code null}
	 * @param description the provider's description of the missing parameter
	 * @return the value, never blank
	 * @throws OAuthErrorException 400 {@code invalid_request} when missing or blank
	 */
	public static String required(@Nullable String value, String description) {
		if (value == null || value.isBlank()) {
			throw badRequest("invalid_request", description);
		}
		return value;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String error() {
		return this.error;
	}

	/**
	 * The response for this failure.
	 * @return the status and the JSON error body
	 */
	public ResponseEntity<OAuthError> response() {
		return ResponseEntity.status(this.status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new OAuthError(this.error, getMessage()));
	}

}
