package health.falcon.devstack.sandbox.dropbox;

/**
 * A failure of the token endpoint, answered with 400 {@code {"error": "...",
 * "error_description": "..."}}.
 */
class TokenErrorException extends RuntimeException {

	private final String error;

	TokenErrorException(String error, String description) {
		super(description);
		this.error = error;
	}

	static TokenErrorException invalidGrant(String description) {
		return new TokenErrorException("invalid_grant", description);
	}

	String error() {
		return this.error;
	}

}
