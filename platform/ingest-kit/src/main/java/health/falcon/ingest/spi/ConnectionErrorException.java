package health.falcon.ingest.spi;

/**
 * Ends a run because the provider account cannot be read for a reason the user has to fix
 * at the provider (a private or locked diary). The run fails and the connection becomes
 * {@code ERROR} with the reason, which {@code GET /api/connections/{provider}} shows as
 * {@code statusReason}; the stored credential stays, so the next scheduled sync tries
 * again. Use {@code ReconnectRequiredException} instead when the credential itself is no
 * longer accepted.
 */
public class ConnectionErrorException extends RuntimeException {

	private final String reason;

	/**
	 * Create the exception.
	 * @param reason a stable, safe reason slug the UI maps to a message, for example
	 * {@code diary-private}
	 */
	public ConnectionErrorException(String reason) {
		super("Connection error: " + reason);
		this.reason = reason;
	}

	/**
	 * @return the reason slug
	 */
	public String getReason() {
		return this.reason;
	}

}
