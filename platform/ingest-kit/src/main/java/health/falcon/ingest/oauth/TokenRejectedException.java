package health.falcon.ingest.oauth;

/**
 * The provider's token endpoint refused the grant (4xx: {@code invalid_grant}, a revoked
 * refresh token, bad client credentials). Retrying cannot help; the user must reconnect.
 */
class TokenRejectedException extends RuntimeException {

	private final String reason;

	TokenRejectedException(int status, String reason) {
		super("Token endpoint answered " + status + " (" + reason + ")");
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

}
