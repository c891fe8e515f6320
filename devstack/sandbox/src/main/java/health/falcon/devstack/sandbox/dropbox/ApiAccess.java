package health.falcon.devstack.sandbox.dropbox;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Authenticates API and content requests by their bearer token: no header is bad input
 * (400, like Dropbox); an unknown, revoked or expired token is a 401 auth error; an
 * authenticated call meets the rate-limit fault when one is armed.
 */
@Component
class ApiAccess {

	private static final String BEARER = "bearer ";

	private final DropboxOAuth oauth;

	private final RateLimitFaults faults;

	ApiAccess(DropboxOAuth oauth, RateLimitFaults faults) {
		this.oauth = oauth;
		this.faults = faults;
	}

	DropboxAccount authenticate(String route, @Nullable String authorization) {
		DropboxAccount account = this.oauth.authenticate(token(route, authorization));
		this.faults.check();
		return account;
	}

	String token(String route, @Nullable String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new BadInputException(route,
					"Must provide HTTP header \"Authorization\" or URL parameter \"authorization\".");
		}
		if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new BadInputException(route, "Invalid authorization value in HTTP header \"Authorization\": \""
					+ authorization.split(" ", 2)[0] + " ...\".  Expecting \"Bearer <oauth2-access-token>\".");
		}
		return authorization.substring(BEARER.length()).trim();
	}

}
