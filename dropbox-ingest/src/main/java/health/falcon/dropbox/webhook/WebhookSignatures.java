package health.falcon.dropbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Dropbox-Signature}: the lower-case hex HMAC-SHA256 of the raw request
 * body, keyed with the app secret, compared in constant time.
 */
final class WebhookSignatures {

	private static final String HMAC_SHA256 = "HmacSHA256";

	private WebhookSignatures() {
	}

	/**
	 * The signature of a body.
	 * @param secret the app secret
	 * @param body the raw body
	 * @return lower-case hex HMAC-SHA256
	 */
	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance(HMAC_SHA256);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * Whether a signature is the body's.
	 * @param secret the app secret (blank: nothing verifies)
	 * @param body the raw body
	 * @param signature the header's value
	 * @return {@code true} when it matches
	 */
	static boolean verify(String secret, byte[] body, String signature) {
		if (secret.isBlank()) {
			return false;
		}
		byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

}
