package health.falcon.backend.connections;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.documents.connections.ConnectionView;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;

/**
 * {@link ConnectionRepository} against an in-process mongo-java-server, with documents in
 * the shape the ingest kit writes (docs/ingest-contracts.md), tokens included.
 */
@DataMongoTest
@Import(ConnectionRepository.class)
class ConnectionRepositoryTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final String uri = server.bindAndGetConnectionString() + "/falcon";

	private static final Instant SYNCED = Instant.parse("2026-03-10T08:15:00Z");

	@Autowired
	private ConnectionRepository repository;

	@MockitoSpyBean
	private MongoTemplate template;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> uri);
	}

	@AfterAll
	static void stop() {
		server.shutdownNow();
	}

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), "connections");
	}

	@Test
	void readsTheStatusMembersOfTheUsersConnections() {
		this.template.insert(connection("demo", "strava", "ACTIVE"), "connections");
		List<ConnectionView> found = this.repository.findByUserId("demo");
		assertThat(found)
			.containsExactly(new ConnectionView("strava", "ACTIVE", null, "12345", Map.of("activities", 412L), SYNCED,
					"SUCCEEDED", new ConnectionView.Backfill(Instant.parse("2025-03-10T00:00:00Z"),
							Instant.parse("2025-09-01T00:00:00Z"), false, true)));
	}

	@Test
	void neverReadsTokensOrLeases() {
		this.template.insert(connection("demo", "strava", "ACTIVE"), "connections");
		ConnectionView found = this.repository.findByUserId("demo").get(0);
		assertThat(found.toString()).doesNotContain("secret-cipher", "replica-1");
		ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
		then(this.template).should().find(query.capture(), eq(ConnectionView.class));
		assertThat(query.getValue().getFieldsObject().keySet()).isNotEmpty()
			.doesNotContain("accessToken", "refreshToken", "lease", "cursors", "grantedScopes");
		assertThat(ConnectionView.class.getRecordComponents()).extracting("name")
			.doesNotContain("accessToken", "refreshToken", "lease");
	}

	@Test
	void keepsUsersApart() {
		this.template.insert(connection("demo", "strava", "ACTIVE"), "connections");
		this.template.insert(connection("alex", "strava", "NEEDS_RECONNECT"), "connections");
		assertThat(this.repository.findByUserId("alex")).extracting(ConnectionView::status)
			.containsExactly("NEEDS_RECONNECT");
		assertThat(this.repository.findByUserId("nobody")).isEmpty();
	}

	private static Document connection(String userId, String provider, String status) {
		Document token = new Document("keyId", "k1").append("nonce", "bm9uY2U=").append("ciphertext", "secret-cipher");
		return new Document("_id", userId + ":" + provider).append("userId", userId)
			.append("provider", provider)
			.append("status", status)
			.append("statusReason", null)
			.append("accountId", "12345")
			.append("grantedScopes", List.of("read", "activity:read_all"))
			.append("accessToken", token)
			.append("refreshToken", token)
			.append("accessTokenExpiresAt", Date.from(SYNCED.plusSeconds(21600)))
			.append("cursors", new Document("activities", "1741594500"))
			.append("counts", new Document("activities", 412))
			.append("lastSuccessfulSyncAt", Date.from(SYNCED))
			.append("lastRunAt", Date.from(SYNCED))
			.append("lastRunStatus", "SUCCEEDED")
			.append("backfill",
					new Document("from", Date.from(Instant.parse("2025-03-10T00:00:00Z")))
						.append("reached", Date.from(Instant.parse("2025-09-01T00:00:00Z")))
						.append("completed", false)
						.append("newestFirst", true))
			.append("lease", new Document("owner", "replica-1").append("until", Date.from(SYNCED)))
			.append("connectedAt", Date.from(SYNCED))
			.append("updatedAt", Date.from(SYNCED))
			.append("version", 3L);
	}

}
