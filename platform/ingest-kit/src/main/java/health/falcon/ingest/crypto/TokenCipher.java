package health.falcon.ingest.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts provider tokens with AES-256-GCM under the active key and decrypts them with
 * whichever configured key their {@link EncryptedSecret#keyId()} names. Each encryption
 * uses a fresh random 96-bit nonce. The associated data (the connection id) binds a
 * ciphertext to its document, so a ciphertext copied into another connection does not
 * decrypt. Keys are parsed at construction, so a missing or malformed key fails the
 * application's startup.
 */
public class TokenCipher {

	private static final String PREFIX = "falcon.ingest.encryption";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	/**
	 * Create a cipher.
	 * @param activeKeyId the id of the key used for encryption
	 * @param keys every key, as {@code id:base64-256-bit-key}
	 * @throws IllegalStateException when a key is malformed or the active key is missing
	 */
	public TokenCipher(String activeKeyId, List<String> keys) {
		this.keys = parse(keys);
		if (!this.keys.containsKey(activeKeyId)) {
			throw new IllegalStateException(PREFIX + ".active-key-id '" + activeKeyId + "' names none of the keys in "
					+ PREFIX + ".keys " + this.keys.keySet());
		}
		this.activeKeyId = activeKeyId;
	}

	/**
	 * Encrypt with the active key.
	 * @param plaintext the secret
	 * @param associatedData data the ciphertext is bound to (the connection id)
	 * @return the encrypted secret
	 */
	public EncryptedSecret encrypt(String plaintext, String associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), nonce, associatedData);
			byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			Base64.Encoder encoder = Base64.getEncoder();
			return new EncryptedSecret(this.activeKeyId, encoder.encodeToString(nonce),
					encoder.encodeToString(ciphertext));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Token encryption failed", ex);
		}
	}

	/**
	 * Decrypt with the key the secret names.
	 * @param secret the encrypted secret
	 * @param associatedData the data it was bound to at encryption
	 * @return the plaintext
	 * @throws IllegalStateException when the key is unknown or the ciphertext was
	 * tampered with
	 */
	public String decrypt(EncryptedSecret secret, String associatedData) {
		SecretKey key = this.keys.get(secret.keyId());
		if (key == null) {
			throw new IllegalStateException("No encryption key '" + secret.keyId() + "' is configured in " + PREFIX
					+ ".keys; keep retired keys until every token was rewritten");
		}
		try {
			Base64.Decoder decoder = Base64.getDecoder();
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, decoder.decode(secret.nonce()), associatedData);
			return new String(cipher.doFinal(decoder.decode(secret.ciphertext())), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Token decryption failed: wrong key or tampered ciphertext", ex);
		}
	}

	/**
	 * @return the id of the key that encrypts new secrets
	 */
	public String activeKeyId() {
		return this.activeKeyId;
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String associatedData)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static Map<String, SecretKey> parse(List<String> entries) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		for (String entry : entries) {
			int colon = entry.indexOf(':');
			String id = (colon > 0) ? entry.substring(0, colon).trim() : "";
			if (id.isEmpty()) {
				throw new IllegalStateException(PREFIX + ".keys entries must look like id:base64-256-bit-key");
			}
			keys.put(id, new SecretKeySpec(decodeKey(id, entry.substring(colon + 1).trim()), "AES"));
		}
		return Map.copyOf(keys);
	}

	private static byte[] decodeKey(String id, String base64) {
		try {
			byte[] key = Base64.getDecoder().decode(base64);
			if (key.length == 32) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below without echoing the value
		}
		throw new IllegalStateException(PREFIX + ".keys entry '" + id + "' is not a base64 256-bit AES key");
	}

}
