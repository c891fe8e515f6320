package health.falcon.fitbit.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import health.falcon.fitbit.config.FitbitProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides whether a request to {@code /webhooks/google-health} comes from Google Health,
 * from its headers and raw bytes only (nothing is parsed first). A request is
 * authenticated by the registered endpoint secret in {@code Authorization} or by an
 * {@code X-HEALTHAPI-SIGNATURE} (base64 ECDSA P-256 with SHA-256 over the raw body, DER
 * or IEEE P1363) that verifies against the configured public key; nothing at all gives
 * 401, a wrong secret or a bad signature 403.
 */
@Component
class NotificationAuthenticator {

	private final byte @Nullable [] secret;

	private final @Nullable PublicKey publicKey;

	NotificationAuthenticator(FitbitProperties properties) {
		String configured = properties.notifications().secret();
		this.secret = (configured != null && !configured.isBlank()) ? configured.getBytes(StandardCharsets.UTF_8)
				: null;
		this.publicKey = publicKey(properties.notifications().publicKey());
	}

	/**
	 * Authenticate a request from its headers and raw body alone, before anything parses
	 * the body.
	 * @return how the request proved that it comes from Google Health
	 * @throws NotificationUnauthenticatedException without secret and signature
	 * @throws WebhookVerificationFailedException when neither the secret nor the
	 * signature verifies
	 */
	Credential authenticate(byte[] body, @Nullable String authorization, @Nullable String signature) {
		boolean noAuthorization = authorization == null || authorization.isBlank();
		boolean noSignature = signature == null || signature.isBlank();
		if (noAuthorization && noSignature) {
			throw new NotificationUnauthenticatedException();
		}
		if (!noAuthorization && secretMatches(authorization)) {
			return Credential.SECRET;
		}
		if (!noSignature && signatureVerifies(body, signature)) {
			return Credential.SIGNATURE;
		}
		throw new WebhookVerificationFailedException("The request's secret or signature does not verify.");
	}

	private boolean secretMatches(String authorization) {
		return this.secret != null
				&& MessageDigest.isEqual(this.secret, authorization.trim().getBytes(StandardCharsets.UTF_8));
	}

	private boolean signatureVerifies(byte[] body, String signature) {
		if (this.publicKey == null) {
			return false;
		}
		byte[] bytes;
		try {
			bytes = decode(signature.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		String algorithm = (bytes.length == 64) ? "SHA256withECDSAinP1363Format" : "SHA256withECDSA";
		try {
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(this.publicKey);
			verifier.update(body);
			return verifier.verify(bytes);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static byte[] decode(String value) {
		boolean urlSafe = value.indexOf('-') >= 0 || value.indexOf('_') >= 0;
		return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(value);
	}

	/** How a request proved where it comes from. */
	enum Credential {

		/** The registered endpoint secret in {@code Authorization}. */
		SECRET,

		/** A valid {@code X-HEALTHAPI-SIGNATURE} over the raw body. */
		SIGNATURE

	}

	private static @Nullable PublicKey publicKey(@Nullable String configured) {
		if (configured == null || configured.isBlank()) {
			return null;
		}
		String base64 = configured.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("EC")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(
					"falcon.fitbit.notifications.public-key is not a base64 X.509 EC public key", ex);
		}
	}

}
