package health.falcon.ingest.oauth;

/**
 * The provider's token endpoint could not be reached or failed (5xx, 429, I/O); a later
 * attempt may succeed.
 */
public class TokenEndpointException extends RuntimeException {

	TokenEndpointException(String message, Throwable cause) {
		super(message, cause);
	}

}
