package health.falcon.gateway.login;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and authenticates cookie values with AES-256-GCM: a fresh 96-bit nonce per
 * value, a 128-bit tag, and the cookie's name as associated data, so that a value cannot
 * be read, changed or moved to another cookie without the key. Values are
 * {@code base64url(nonce || ciphertext || tag)}.
 */
final class CookieSeal {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int MAX_VALUE_CHARS = 4096;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	CookieSeal(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The cookie key must be 32 bytes (AES-256)");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * Create a seal from the configured key.
	 * @param key 32 bytes in Base64
	 * @return the seal
	 * @throws IllegalStateException naming the property (never the value) when the key is
	 * not 32 bytes in Base64
	 */
	static CookieSeal fromBase64(String key) {
		try {
			return new CookieSeal(Base64.getDecoder().decode(key));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("falcon.gateway.login.key (FALCON_GATEWAY_LOGIN_KEY) must be 32 random "
					+ "bytes in Base64, for example from openssl rand -base64 32");
		}
	}

	String seal(String cookieName, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(cookieName.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plaintext);
			byte[] value = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Open a sealed value.
	 * @param cookieName the name of the cookie the value came from
	 * @param value the cookie's value
	 * @return the plaintext, or empty when the value is malformed, was changed, or was
	 * sealed with another key or for another cookie
	 */
	Optional<byte[]> open(String cookieName, String value) {
		if (value.length() > MAX_VALUE_CHARS) {
			return Optional.empty();
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(value);
			if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(cookieName.getBytes(StandardCharsets.US_ASCII));
			return Optional.of(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

}
