package health.falcon.devstack.sandbox.common;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unguessable opaque tokens (authorization codes, access and refresh tokens, challenges),
 * formatted as lowercase hex like the tokens real providers issue.
 */
public final class RandomTokens {

	private static final SecureRandom random = new SecureRandom();

	private RandomTokens() {
	}

	/**
	 * Returns a new random token.
	 * @param bytes number of random bytes; the token has twice as many hex characters
	 * @return the token, never {@code null}
	 */
	public static String hex(int bytes) {
		byte[] buffer = new byte[bytes];
		random.nextBytes(buffer);
		return HexFormat.of().formatHex(buffer);
	}

}
