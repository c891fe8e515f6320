package health.falcon.ingest.oauth;

/**
 * The connection's tokens are refused or gone; it is {@code NEEDS_RECONNECT} (or not
 * connected at all) and no provider call is made until the user reconnects.
 */
public class ReconnectRequiredException extends RuntimeException {

	private final String reason;

	/**
	 * Create the exception.
	 * @param reason a safe reason slug, for example {@code refresh-rejected}
	 */
	public ReconnectRequiredException(String reason) {
		super("Reconnect required: " + reason);
		this.reason = reason;
	}

	/**
	 * @return the reason slug
	 */
	public String getReason() {
		return this.reason;
	}

}
