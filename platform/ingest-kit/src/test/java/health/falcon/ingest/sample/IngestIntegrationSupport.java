package health.falcon.ingest.sample;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.connection.StoredTokens;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.imports.UploadLimits;
import health.falcon.ingest.restore.RestoreOnlyReader;
import health.falcon.ingest.restore.RestoredCollection;
import health.falcon.ingest.restore.RestoredIds;
import health.falcon.ingest.sync.SyncRunner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;

import static org.awaitility.Awaitility.await;

/**
 * The whole kit in a servlet app over mongo-java-server, with WireMock as the provider
 * {@code acme}, minted RS256 tokens, a controllable clock and a recording sleeper. Every
 * integration test class extends it, so they share one application context.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(IngestIntegrationSupport.Infrastructure.class)
public abstract class IngestIntegrationSupport {

	public static final Instant START = Instant.parse("2026-03-10T10:01:00Z");

	protected static final WireMockServer provider = startWireMock();

	private static final KeyPair keys = rsaKeyPair();

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private static final String mongoUri = mongoServer.bindAndGetConnectionString() + "/falcon";

	private static final MutableClock sharedClock = new MutableClock(START);

	private static final RecordingSleeper sharedSleeper = new RecordingSleeper(sharedClock);

	@Autowired
	protected RestTestClient client;

	@Autowired
	protected MongoOperations mongo;

	@Autowired
	protected ConnectionRepository connections;

	@Autowired
	protected ConnectionStore store;

	@Autowired
	protected TokenCipher cipher;

	@Autowired
	protected AcmeConnector connector;

	@Autowired
	protected KeyringConnector keyring;

	@Autowired
	protected SyncRunner runner;

	protected final MutableClock clock = sharedClock;

	protected final RecordingSleeper sleeper = sharedSleeper;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = "http://localhost:" + provider.port();
		registry.add("spring.mongodb.uri", () -> mongoUri);
		registry.add("spring.quartz.auto-startup", () -> "false");
		registry.add("falcon.ingest.public-base-url", () -> "http://localhost:8080");
		registry.add("falcon.ingest.encryption.active-key-id", () -> "k2");
		registry.add("falcon.ingest.encryption.keys",
				() -> "k1:FlTdVxL1dbk8bLBM1AR6xGBwcqa16eIe/ddOktMsDuA=,k2:3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
		registry.add("falcon.ingest.state.secret", () -> "test-only-state-signing-secret-0123456789");
		registry.add("falcon.ingest.http.read-timeout", () -> "3s");
		registry.add("falcon.ingest.lease.wait", () -> "5s");
		registry.add("falcon.ingest.providers.acme.authorization-uri", () -> base + "/oauth/authorize");
		registry.add("falcon.ingest.providers.acme.token-uri", () -> base + "/oauth/token");
		registry.add("falcon.ingest.providers.acme.api-base-url", () -> base + "/api");
		registry.add("falcon.ingest.providers.acme.client-id", () -> "acme-client");
		registry.add("falcon.ingest.providers.acme.client-secret", () -> "acme-secret");
		registry.add("falcon.ingest.providers.acme.scopes", () -> "read,activity:read_all");
		registry.add("falcon.ingest.providers.acme.required-scopes", () -> "activity:read_all");
		registry.add("falcon.ingest.providers.acme.schedule", () -> "0 */15 * * * ?");
		registry.add("falcon.ingest.providers.keyring.schedule", () -> "0 30 5 * * ?");
		registry.add("falcon.ingest.providers.keyring.backfill-depth", () -> "30d");
		registry.add("falcon.internal.clients", () -> "falcon-ingest");
	}

	@BeforeEach
	void resetWorld() {
		// A connect flow starts its backfill asynchronously: let it finish before the
		// world is reset.
		await().atMost(Duration.ofSeconds(30)).until(this.runner::idle);
		provider.resetAll();
		this.clock.set(START);
		this.sleeper.reset();
		this.connector.reset();
		this.keyring.reset();
		for (String collection : List.of("connections", "oauth_states", "sync_runs", "rate_limits",
				"quarantined_records", "raw_payloads", AcmeConnector.RECORDS, AcmeImportReader.ROWS,
				"imported_files")) {
			this.mongo.remove(new Query(), collection);
		}
	}

	/**
	 * Store an ACTIVE connection as a completed connect flow would.
	 */
	protected void connect(String userId, String accessToken, @Nullable String refreshToken, Instant expiresAt) {
		String id = Connection.id(userId, "acme");
		StoredTokens tokens = new StoredTokens(this.cipher.encrypt(accessToken, id),
				(refreshToken != null) ? this.cipher.encrypt(refreshToken, id) : null, expiresAt);
		this.store.connected(userId, "acme", "athlete-" + userId, List.of("read", "activity:read_all"), tokens,
				this.clock.instant(), this.clock.instant().minus(Duration.ofDays(365)));
	}

	protected Connection connection(String userId) {
		return this.connections.findConnection(userId, "acme").orElseThrow();
	}

	protected static String bearer(String subject) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("http://localhost:9000")
			.subject(subject)
			.audience(List.of("falcon-api"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		String token = NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		return "Bearer " + token;
	}

	/**
	 * A client-credentials token of a service client, with the internal scope.
	 */
	protected static String serviceBearer(String clientId) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("http://localhost:9000")
			.subject(clientId)
			.audience(List.of("falcon-api"))
			.claim("scope", List.of("falcon.internal"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		return "Bearer "
				+ NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
					.build()
					.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
					.getTokenValue();
	}

	protected static HttpHeaders auth(String subject) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, bearer(subject));
		return headers;
	}

	private static WireMockServer startWireMock() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		return server;
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

	@TestConfiguration(proxyBeanMethods = false)
	static class Infrastructure {

		@Bean
		MutableClock clock() {
			return sharedClock;
		}

		@Bean
		RecordingSleeper sleeper() {
			return sharedSleeper;
		}

		@Bean
		AcmeConnector acmeConnector(MongoOperations mongo) {
			return new AcmeConnector(mongo);
		}

		@Bean
		AcmeImportReader acmeImportReader(MongoOperations mongo) {
			return new AcmeImportReader("acme", mongo);
		}

		@Bean
		AcmeImportReader myFitnessPalImportReader(MongoOperations mongo) {
			// a second reader under a provider that receives hand-offs
			return new AcmeImportReader("myfitnesspal", mongo);
		}

		@Bean
		RestoredCollection acmeDaysRestore() {
			return RestoredCollection.rebuildingId(RestoreIntegrationTests.DAYS,
					(document, userId) -> userId + "/" + RestoredIds.date(document, "date"));
		}

		@Bean
		RestoreOnlyReader archiveOnlyReader() {
			// a service that imports no files of its own and restores archives
			return new RestoreOnlyReader("acme-archive",
					UploadLimits.of("acme.restore", DataSize.ofKilobytes(256), 1, 2, 1));
		}

		@Bean
		KeyringConnector keyringConnector() {
			return new KeyringConnector();
		}

		@Bean
		JwtDecoder jwtDecoder() {
			return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
		}

	}

}
