package health.falcon.devstack.sandbox.strava;

import health.falcon.devstack.sandbox.oauth.ClientAuthentication;

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
		if (!new ClientAuthentication(clientId, clientSecret).secretMatches(properties.clientSecret())) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("Application", "client_secret", "invalid"));
		}
	}

}
