package health.falcon.ingest.api;

/**
 * What the provider said when asked whether a user's grant still stands
 * ({@link IngestOperations#checkGrant}).
 */
public enum GrantCheck {

	/**
	 * The provider refused the token refresh or answered an API call with 401: the grant
	 * is gone. The connection is {@code NEEDS_RECONNECT} until the caller ends it.
	 */
	REVOKED,

	/** The refresh and the probe call both succeeded: the grant still works. */
	VALID,

	/**
	 * Nothing could be confirmed: the connection is not usable, another run held it, the
	 * rate budget was spent, or the provider failed for another reason.
	 */
	UNCONFIRMED

}
