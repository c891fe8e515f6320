package health.falcon.ingest.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the OAuth {@code state}:
 * {@code v1.<user>.<provider>.<nonce>.<expiry>} (user and provider base64url) followed by
 * an HMAC-SHA256 signature over it. Verification is constant-time; it says nothing about
 * expiry or replay, which the flow checks.
 */
class StateCodec {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	StateCodec(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String sign(SignedState state) {
		String payload = String.join(".", "v1", encode(state.userId()), encode(state.provider()), state.nonce(),
				Long.toString(state.expiresAt().getEpochSecond()));
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	Optional<SignedState> verify(String state) {
		int dot = state.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String payload = state.substring(0, dot);
		byte[] signature;
		try {
			signature = DECODER.decode(state.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(signature, mac(payload))) {
			return Optional.empty();
		}
		return parse(payload.split("\\."));
	}

	private static Optional<SignedState> parse(String[] parts) {
		if (parts.length != 5 || !"v1".equals(parts[0])) {
			return Optional.empty();
		}
		try {
			return Optional.of(new SignedState(decode(parts[1]), decode(parts[2]), parts[3],
					Instant.ofEpochSecond(Long.parseLong(parts[4]))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
		}
	}

	private static String encode(String value) {
		return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String value) {
		return new String(DECODER.decode(value), StandardCharsets.UTF_8);
	}

}
