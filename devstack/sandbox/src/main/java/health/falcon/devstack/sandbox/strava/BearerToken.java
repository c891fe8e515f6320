package health.falcon.devstack.sandbox.strava;

import org.jspecify.annotations.Nullable;

/**
 * Reads the token out of an {@code Authorization: Bearer ...} header.
 */
final class BearerToken {

	private static final String PREFIX = "bearer ";

	private BearerToken() {
	}

	/**
	 * Returns the bearer token of an {@code Authorization} header value.
	 * @param authorization the header value, or {@code null}
	 * @return the token, or {@code null} when the header is missing or not a bearer
	 */
	static @Nullable String from(@Nullable String authorization) {
		if (authorization == null || authorization.length() <= PREFIX.length()
				|| !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return null;
		}
		return authorization.substring(PREFIX.length()).trim();
	}

}
