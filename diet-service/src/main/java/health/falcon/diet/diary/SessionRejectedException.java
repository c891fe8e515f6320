package health.falcon.diet.diary;

/**
 * MyFitnessPal does not treat the cookie as a signed-in session: the auth token endpoint
 * redirected, answered something other than JSON, or refused it, or the API refused the
 * token it handed out. When connecting this is a 400 {@code invalid-session}; during a
 * sync the connection needs a reconnect ({@code session-expired}).
 */
class SessionRejectedException extends RuntimeException {

	SessionRejectedException(String message) {
		super(message);
	}

}
