package health.falcon.fitbit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.testsupport.AccountErasures;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.UserDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DELETE /account/data} in fitbit-service: after two users imported a Fitbit
 * export (sleep, resting and intraday heart rate, steps) and kept a connection, no
 * document of the erased user remains in any collection of the database (every field
 * searched, nested ones too), while the other user's data stays.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class AccountErasureIntegrationTests {

	private static final String ERASED = "erased-user-7f3a";

	private static final String KEPT = "kept-user-2b9c";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@TempDir
	private Path temp;

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ConnectionStore store;

	@Autowired
	private TokenCipher cipher;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		String base = "http://127.0.0.1:9";
		ConnectorTestProperties.provider(registry, "fitbit",
				new ProviderEndpoints(base + "/auth", base + "/token", base, "client", "secret"));
		registry.add("falcon.fitbit.notifications.secret", () -> "Bearer s3cr3t");
		registry.add("falcon.fitbit.google-health.revoke-uri", () -> base + "/revoke");
		registry.add("falcon.fitbit.imports.max-upload-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@Test
	void leavesNoDocumentOfTheUserInAnyCollection() throws IOException {
		for (String user : List.of(ERASED, KEPT)) {
			imported(user);
			AccountErasures.connectionNeedingReconnect(this.store, this.cipher, user, "fitbit");
		}
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), ERASED)).isNotEmpty();

		RestTestClientResponse erased = AccountErasures.erase(this.client, ERASED);

		assertThat(erased).hasStatusOk();
		// the connector's purge takes every source's sleep, daily activity and heart rate
		assertThat(erased).bodyJson()
			.extractingPath("$.fitbit")
			.satisfies((count) -> assertThat(((Number) count).intValue()).isGreaterThanOrEqualTo(3));
		assertThat(erased).bodyJson().extractingPath("$.imported_files").isEqualTo(1);
		assertThat(erased).bodyJson().extractingPath("$.connections").isEqualTo(1);
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), ERASED)).isEmpty();
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), KEPT)).contains("sleep_sessions",
				"heart_rate_days", "daily_activity", "imported_files", "connections");
		assertThat(AccountErasures.erase(this.client, ERASED)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.fitbit")
			.isEqualTo(0);
	}

	private void imported(String user) throws IOException {
		String folder = "MyFitbitData/x/Global Export Data/";
		byte[] export = ExportZips.zip()
			.with(folder + "steps-2026-06-01.json", ExportZips.minutes("06/01/26 08:00:00", "120"))
			.with(folder + "heart_rate-2026-06-01.json",
					ExportZips.heartRate("06/01/26 08:00:00", "61", "06/01/26 08:00:05", "63"))
			.with(folder + "resting_heart_rate-2026-06-01.json", ExportZips.RESTING)
			.with(folder + "sleep-2026-06-01.json", ExportZips.SLEEP)
			.bytes(this.temp);
		RestTestClientResponse accepted = ImportRequests.upload(this.client, "/api/connections/fitbit/imports", user,
				"export.zip", export, Map.of("timeZone", "UTC"));
		assertThat(accepted).hasStatus(202);
		AccountErasures.awaitImported(this.mongo, user);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Tokens {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.signatureOnlyDecoder();
		}

	}

}
