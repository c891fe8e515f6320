package health.falcon.ingest.crypto;

/**
 * A secret encrypted with AES-256-GCM, as stored in MongoDB. The key id names the key
 * that decrypts it, so keys can rotate: old ciphertexts stay readable while the active
 * key encrypts everything written from then on.
 *
 * @param keyId the id of the encryption key
 * @param nonce the 96-bit GCM nonce, base64
 * @param ciphertext the ciphertext with its authentication tag, base64
 */
public record EncryptedSecret(String keyId, String nonce, String ciphertext) {

	@Override
	public String toString() {
		return "EncryptedSecret[keyId=" + this.keyId + "]";
	}

}
