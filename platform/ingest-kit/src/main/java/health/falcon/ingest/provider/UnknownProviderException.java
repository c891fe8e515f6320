package health.falcon.ingest.provider;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The path names a provider this service does not connect (404,
 * {@code https://falcon.health/problems/unknown-provider}).
 */
public class UnknownProviderException extends ProblemException {

	/**
	 * Refuse a provider.
	 * @param provider the provider named in the path (sanitised before it is shown)
	 */
	public UnknownProviderException(String provider) {
		super(HttpStatus.NOT_FOUND, "unknown-provider", "Unknown provider",
				"This service does not connect the provider '" + sanitize(provider) + "'.");
	}

	private static String sanitize(String provider) {
		String safe = provider.replaceAll("[^a-z0-9-]", "");
		return (safe.length() > 32) ? safe.substring(0, 32) : safe;
	}

}
