package health.falcon.ingest.provider;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The path asks for the OAuth connect flow of a provider that connects with a user
 * credential instead (404, {@code https://falcon.health/problems/oauth-not-supported}):
 * there is no such resource for it; the owning service offers its own connect endpoint.
 */
public class OAuthNotSupportedException extends ProblemException {

	OAuthNotSupportedException(String provider) {
		super(HttpStatus.NOT_FOUND, "oauth-not-supported", "No OAuth connect flow", "The provider '" + provider
				+ "' is not connected through an OAuth redirect; use its own connect " + "endpoint.");
	}

}
