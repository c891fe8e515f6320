package health.falcon.ingest.crypto;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TokenCipherTests {

	private static final String K1 = "k1:FlTdVxL1dbk8bLBM1AR6xGBwcqa16eIe/ddOktMsDuA=";

	private static final String K2 = "k2:3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

	@Test
	void roundTripsWithAFreshNonceEachTime() {
		TokenCipher cipher = new TokenCipher("k1", List.of(K1));
		EncryptedSecret one = cipher.encrypt("secret-token", "alex:strava");
		EncryptedSecret two = cipher.encrypt("secret-token", "alex:strava");
		assertThat(one.nonce()).isNotEqualTo(two.nonce());
		assertThat(one.ciphertext()).doesNotContain("secret");
		assertThat(one.toString()).doesNotContain(one.ciphertext());
		assertThat(cipher.decrypt(one, "alex:strava")).isEqualTo("secret-token");
	}

	@Test
	void decryptsOldKeyCiphertextAfterRotation() {
		EncryptedSecret old = new TokenCipher("k1", List.of(K1)).encrypt("secret-token", "alex:strava");
		TokenCipher rotated = new TokenCipher("k2", List.of(K1, K2));
		assertThat(rotated.decrypt(old, "alex:strava")).isEqualTo("secret-token");
		assertThat(rotated.encrypt("secret-token", "alex:strava").keyId()).isEqualTo("k2");
	}

	@Test
	void rejectsTamperedCiphertextAnotherDocumentAndRetiredKeys() {
		TokenCipher cipher = new TokenCipher("k1", List.of(K1));
		EncryptedSecret secret = cipher.encrypt("secret-token", "alex:strava");
		String ciphertext = secret.ciphertext();
		String flipped = ((ciphertext.charAt(0) == 'A') ? "B" : "A") + ciphertext.substring(1);
		assertThatIllegalStateException()
			.isThrownBy(() -> cipher.decrypt(new EncryptedSecret("k1", secret.nonce(), flipped), "alex:strava"));
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(secret, "demo:strava"));
		assertThatIllegalStateException()
			.isThrownBy(() -> new TokenCipher("k2", List.of(K2)).decrypt(secret, "alex:strava"))
			.withMessageContaining("No encryption key 'k1'");
	}

	@Test
	void failsFastOnBadConfiguration() {
		assertThatIllegalStateException().isThrownBy(() -> new TokenCipher("k9", List.of(K1)))
			.withMessageContaining("falcon.ingest.encryption.active-key-id");
		assertThatIllegalStateException().isThrownBy(() -> new TokenCipher("k1", List.of("k1:c2hvcnQ=")))
			.withMessageContaining("not a base64 256-bit AES key")
			.withMessageNotContaining("c2hvcnQ");
		assertThatIllegalStateException().isThrownBy(() -> new TokenCipher("k1", List.of("no-colon")))
			.withMessageContaining("id:base64-256-bit-key");
	}

}
