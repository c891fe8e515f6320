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
 * Decides whether a request to {@code /webhooks/google-health} comes from Google Health.
 * Verification requests must carry the registered endpoint secret in
 * {@code Authorization} (missing: 401, wrong: 403). Notifications are accepted with that
 * secret or with an {@code X-HEALTHAPI-SIGNATURE} (base64 ECDSA P-256 with SHA-256 over
 * the raw body, DER or IEEE P1363) that verifies against the configured public key;
 * nothing at all gives 401, a wrong secret or a bad signature 403.
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

	void checkVerification(@Nullable String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new NotificationUnauthenticatedException();
		}
		if (!secretMatches(authorization)) {
			throw new WebhookVerificationFailedException("The endpoint secret does not match.");
		}
	}

	void checkNotification(byte[] body, @Nullable String authorization, @Nullable String signature) {
		boolean noAuthorization = authorization == null || authorization.isBlank();
		boolean noSignature = signature == null || signature.isBlank();
		if (noAuthorization && noSignature) {
			throw new NotificationUnauthenticatedException();
		}
		if (!noAuthorization && secretMatches(authorization)) {
			return;
		}
		if (!noSignature && signatureVerifies(body, signature)) {
			return;
		}
		throw new WebhookVerificationFailedException("The notification's secret or signature does not verify.");
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
