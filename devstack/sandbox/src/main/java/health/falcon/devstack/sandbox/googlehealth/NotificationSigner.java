package health.falcon.devstack.sandbox.googlehealth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Signs notification bodies like Google Health ({@code X-HEALTHAPI-SIGNATURE}: ECDSA
 * P-256 with SHA-256, DER, base64). The key pair is created at start-up; its public key
 * is served at {@code /google-health/sandbox/signing-key} so receivers can verify.
 */
@Component
class NotificationSigner {

	static final String HEADER = "X-HEALTHAPI-SIGNATURE";

	private final KeyPair keyPair;

	NotificationSigner() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keyPair = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No P-256 support", ex);
		}
	}

	String sign(byte[] body) {
		try {
			Signature signature = Signature.getInstance("SHA256withECDSA");
			signature.initSign(this.keyPair.getPrivate());
			signature.update(body);
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The public key as PEM ({@code SubjectPublicKeyInfo}).
	 * @return the PEM text
	 */
	String publicKeyPem() {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(this.keyPair.getPublic().getEncoded());
		return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
	}

}
