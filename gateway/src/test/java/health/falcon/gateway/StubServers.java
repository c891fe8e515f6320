package health.falcon.gateway;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * WireMock stand-ins for the OIDC provider (discovery, keys and ID tokens minted here)
 * and for the services behind the gateway.
 */
final class StubServers {

	/** The login cookie key the tests run with (test-only, random). */
	static final String LOGIN_KEY = "TgfMf6r0cJDRM/KpBVcIvyzSu521LMsqZ9CtRqOSlhU=";

	static final String CLIENT_ID = "falcon-gateway";

	static final WireMockServer provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final WireMockServer backend = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final WireMockServer fitness = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private static final String KEY_ID = "stub-key";

	private static final KeyPair keys = rsaKeyPair();

	private StubServers() {
	}

	static synchronized void start() {
		if (provider.isRunning()) {
			return;
		}
		provider.start();
		backend.start();
		fitness.start();
		String issuer = "http://localhost:" + provider.port();
		provider.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
					{"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize",
					 "token_endpoint":"%1$s/oauth2/token","jwks_uri":"%1$s/oauth2/jwks",
					 "userinfo_endpoint":"%1$s/userinfo","end_session_endpoint":"%1$s/connect/logout",
					 "response_types_supported":["code"],"subject_types_supported":["public"],
					 "id_token_signing_alg_values_supported":["RS256"],
					 "code_challenge_methods_supported":["S256"]}
					""".formatted(issuer))));
		RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID).build();
		provider.stubFor(get(urlPathEqualTo("/oauth2/jwks")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(new JWKSet(jwk).toString())));
	}

	/** Point the gateway under test at the stubs. */
	static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.falcon.issuer-uri", StubServers::issuer);
		registry.add("spring.security.oauth2.client.registration.falcon.client-secret", () -> "test-secret");
		registry.add("falcon.gateway.login.key", () -> LOGIN_KEY);
		registry.add("falcon.services.backend-server", StubServers::backendUri);
		registry.add("falcon.services.fitness-service", StubServers::fitnessUri);
		registry.add("falcon.services.fitbit-service", StubServers::backendUri);
		registry.add("falcon.services.diet-service", StubServers::backendUri);
		registry.add("falcon.services.dropbox-ingest", StubServers::backendUri);
	}

	/**
	 * The same settings as command-line arguments, for gateways started with
	 * {@code SpringApplication}.
	 */
	static List<String> arguments() {
		return List.of("--spring.security.oauth2.client.provider.falcon.issuer-uri=" + issuer(),
				"--spring.security.oauth2.client.registration.falcon.client-secret=test-secret",
				"--falcon.gateway.login.key=" + LOGIN_KEY, "--falcon.services.backend-server=" + backendUri(),
				"--falcon.services.fitness-service=" + fitnessUri(), "--falcon.services.fitbit-service=" + backendUri(),
				"--falcon.services.diet-service=" + backendUri(), "--falcon.services.dropbox-ingest=" + backendUri());
	}

	static String issuer() {
		start();
		return "http://localhost:" + provider.port();
	}

	static String backendUri() {
		start();
		return "http://localhost:" + backend.port();
	}

	static String fitnessUri() {
		start();
		return "http://localhost:" + fitness.port();
	}

	/**
	 * An ID token for the gateway, signed with the key the stub provider publishes.
	 * @param subject the user
	 * @param nonce the nonce sent in the authorization request
	 * @return the compact JWT
	 */
	static String idToken(String subject, String nonce) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer())
			.subject(subject)
			.audience(List.of(CLIENT_ID))
			.claim("nonce", nonce)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).build();
		RSAKey signingKey = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
			.privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID(KEY_ID)
			.build();
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)))
			.encode(JwtEncoderParameters.from(header, claims))
			.getTokenValue();
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
