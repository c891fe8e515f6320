package health.falcon.ingest.spi;

/**
 * How a user connects a provider, which decides what the kit offers for it.
 */
public enum ConnectionMethod {

	/**
	 * The OAuth 2 authorization-code flow: {@code /authorize} and {@code /callback}, an
	 * access token (refreshed when due) on every {@link SyncContext#api()} call.
	 */
	OAUTH2,

	/**
	 * A secret the user hands over (a session cookie, an app password), stored encrypted
	 * through {@code IngestOperations.connectWithCredential} and read by the connector
	 * with {@link SyncContext#credential()}. No OAuth endpoints, no refresh, no
	 * {@link SyncContext#api()}; the connector calls the provider with
	 * {@link SyncContext#client(String)}.
	 */
	USER_CREDENTIAL

}
