package health.falcon.devstack.sandbox.strava;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;

/**
 * Checks the application credentials sent to the token and subscription endpoints.
 */
final class ClientCredentials {

	private ClientCredentials() {
	}

	/**
	 * Checks a client id and secret against the configured application.
	 * @param properties the emulator configuration
	 * @param clientId the client id sent
	 * @param clientSecret the client secret sent
	 * @throws StravaFaultException 400 naming the wrong field
	 */
	static void check(StravaProperties properties, String clientId, String clientSecret) {
		if (!properties.clientId().equals(clientId)) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("Application", "client_id", "invalid"));
		}
		if (!MessageDigest.isEqual(properties.clientSecret().getBytes(StandardCharsets.UTF_8),
				clientSecret.getBytes(StandardCharsets.UTF_8))) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("Application", "client_secret", "invalid"));
		}
	}

}
