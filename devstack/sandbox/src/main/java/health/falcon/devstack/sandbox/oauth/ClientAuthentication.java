package health.falcon.devstack.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The client credentials a token request presents, from the form
 * ({@code client_id}/{@code client_secret}) or from HTTP Basic ({@code id:secret}).
 *
 * @param id the client id, or {@code null}
 * @param secret the client secret, or {@code null}
 */
public record ClientAuthentication(@Nullable String id, @Nullable String secret) {

	private static final String BASIC = "Basic ";

	/**
	 * Reads HTTP Basic credentials; a value without a colon is an id without a secret.
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @return the credentials, or {@code null} when the header is missing or not Basic
	 * @throws IllegalArgumentException when the credentials are not valid base64
	 */
	public static @Nullable ClientAuthentication fromBasic(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return null;
		}
		String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
				StandardCharsets.UTF_8);
		int colon = decoded.indexOf(':');
		return (colon < 0) ? new ClientAuthentication(decoded, null)
				: new ClientAuthentication(decoded.substring(0, colon), decoded.substring(colon + 1));
	}

	/**
	 * Whether the id is the registered one.
	 * @param expected the registered client id
	 * @return {@code false} when missing or different
	 */
	public boolean idMatches(String expected) {
		return expected.equals(this.id);
	}

	/**
	 * Whether the secret is the registered one, compared in constant time.
	 * @param expected the registered client secret
	 * @return {@code false} when missing or different
	 */
	public boolean secretMatches(String expected) {
		return this.secret != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				this.secret.getBytes(StandardCharsets.UTF_8));
	}

}
