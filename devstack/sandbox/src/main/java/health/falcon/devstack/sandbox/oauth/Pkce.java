package health.falcon.devstack.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636): the {@code S256} and {@code plain} challenge of
 * a code verifier.
 */
public final class Pkce {

	private Pkce() {
	}

	/**
	 * Derives the {@code S256} challenge of a verifier.
	 * @param verifier the code verifier
	 * @return the unpadded base64url SHA-256 of the verifier
	 */
	public static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether a verifier answers a challenge.
	 * @param challenge the challenge of the authorization request
	 * @param method its method: {@code plain}, else {@code S256}
	 * @param verifier the verifier of the token request
	 * @return {@code true} when the verifier's challenge is the challenge
	 */
	public static boolean verifies(String challenge, String method, String verifier) {
		String derived = "plain".equals(method) ? verifier : s256(verifier);
		return derived.equals(challenge);
	}

}
