package health.falcon.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * RS256 tokens minted in the test JVM with one RSA key pair, and a decoder that validates
 * them (signature, issuer, audience) exactly as in production, minus key discovery.
 */
public final class TestJwts {

	/** The issuer the services are configured with. */
	public static final String ISSUER = "http://localhost:9000";

	/** The audience the services accept. */
	public static final String AUDIENCE = "falcon-api";

	private static final KeyPair keys = rsaKeyPair();

	private TestJwts() {
	}

	/**
	 * Mint a token valid for five minutes, with the {@code name} and {@code email} claims
	 * {@code <subject> user} and {@code <subject>@example.org}.
	 * @param subject the user id
	 * @param audience the audience ({@code falcon-api} is accepted)
	 * @return the compact JWT
	 */
	public static String token(String subject, String audience) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(subject)
			.audience(List.of(audience))
			.claim("name", subject + " user")
			.claim("email", subject + "@example.org")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return NimbusJwtEncoder.withKeyPair(publicKey(), (RSAPrivateKey) keys.getPrivate())
			.build()
			.encode(JwtEncoderParameters.from(header, claims))
			.getTokenValue();
	}

	/**
	 * An {@code Authorization} header value with a token for the {@code falcon-api}
	 * audience.
	 * @param subject the user id
	 * @return {@code Bearer <token>}
	 */
	public static String bearer(String subject) {
		return "Bearer " + token(subject, AUDIENCE);
	}

	/**
	 * @return the public key that verifies the minted tokens
	 */
	public static RSAPublicKey publicKey() {
		return (RSAPublicKey) keys.getPublic();
	}

	/**
	 * A decoder for the minted tokens, validating issuer and the {@code falcon-api}
	 * audience.
	 * @return the decoder
	 */
	public static JwtDecoder decoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey()).build();
		decoder.setJwtValidator(
				JwtValidators.createDefaultWithValidators(List.of(JwtValidators.createDefaultWithIssuer(ISSUER),
						new JwtClaimValidator<List<String>>("aud", (aud) -> aud != null && aud.contains(AUDIENCE)))));
		return decoder;
	}

	/**
	 * A decoder for the minted tokens that checks only the signature and the timestamps.
	 * @return the decoder
	 */
	public static JwtDecoder signatureOnlyDecoder() {
		return NimbusJwtDecoder.withPublicKey(publicKey()).build();
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
