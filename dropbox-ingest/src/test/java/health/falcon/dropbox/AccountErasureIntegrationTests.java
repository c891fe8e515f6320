package health.falcon.dropbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.testsupport.AccountErasures;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.UserDocuments;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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
 * {@code DELETE /account/data} in dropbox-ingest: after two users imported readings and
 * kept settings and a connection, no document of the erased user remains in any
 * collection of the database (every field searched, nested ones too), while the other
 * user's data stays.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class AccountErasureIntegrationTests {

	private static final String ERASED = "erased-user-7f3a";

	private static final String KEPT = "kept-user-2b9c";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

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
		registry.add("falcon.ingest.providers.dropbox.client-id", () -> "app-key");
		registry.add("falcon.ingest.providers.dropbox.client-secret", () -> "app-secret");
		registry.add("falcon.dropbox.imports.max-upload-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@Test
	void leavesNoDocumentOfTheUserInAnyCollection() {
		for (String user : List.of(ERASED, KEPT)) {
			imported(user);
			AccountErasures.connectionNeedingReconnect(this.store, this.cipher, user, "dropbox");
			this.mongo.getCollection("dropbox_settings").insertOne(new Document("_id", user).append("folder", "/bp"));
		}
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), ERASED)).isNotEmpty();

		RestTestClientResponse erased = AccountErasures.erase(this.client, ERASED);

		assertThat(erased).hasStatusOk();
		assertThat(erased).bodyJson().extractingPath("$.blood_pressure").isEqualTo(1);
		assertThat(erased).bodyJson().extractingPath("$.imported_files").isEqualTo(1);
		assertThat(erased).bodyJson().extractingPath("$.connections").isEqualTo(1);
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), ERASED)).isEmpty();
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), KEPT)).contains("blood_pressure",
				"imported_files", "connections", "dropbox_settings");
		assertThat(AccountErasures.erase(this.client, ERASED)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.blood_pressure")
			.isEqualTo(0);
	}

	private void imported(String user) {
		byte[] csv = """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,
				""".getBytes(StandardCharsets.UTF_8);
		RestTestClientResponse accepted = ImportRequests.upload(this.client, "/api/connections/dropbox/imports", user,
				"bp.csv", csv, Map.of());
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
