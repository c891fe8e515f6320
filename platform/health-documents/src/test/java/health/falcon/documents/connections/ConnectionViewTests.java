package health.falcon.documents.connections;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import health.falcon.documents.DocumentConverter;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionViewTests {

	private static final Instant SYNCED = Instant.parse("2026-03-10T06:00:00Z");

	private final DocumentConverter converter = new DocumentConverter();

	@Test
	void readsTheStatusMembersOfADocumentAsTheKitStoresIt() {
		Document stored = new Document("_id", "demo:strava").append("userId", "demo")
			.append("provider", "strava")
			.append("status", "ACTIVE")
			.append("accountId", "12345")
			.append("grantedScopes", List.of("activity:read_all"))
			.append("accessToken", new Document("keyId", "k1").append("nonce", "n").append("ciphertext", "c"))
			.append("counts", new Document("activities", 412L))
			.append("lastSuccessfulSyncAt", Date.from(SYNCED))
			.append("lastRunStatus", "SUCCEEDED")
			.append("backfill",
					new Document("from", Date.from(SYNCED.minusSeconds(86_400))).append("reached", Date.from(SYNCED))
						.append("completed", true)
						.append("newestFirst", true))
			.append("lease", new Document("owner", "pod-1").append("until", Date.from(SYNCED)))
			.append("version", 7L);
		assertThat(this.converter.read(ConnectionView.class, stored)).isEqualTo(connection());
	}

	@Test
	void tellsABackfillStateOfTheOldOldestFirstCodeApart() {
		Document old = new Document("from", Date.from(SYNCED.minusSeconds(86_400))).append("reached", Date.from(SYNCED))
			.append("completed", false);
		ConnectionView.Backfill read = this.converter.read(ConnectionView.Backfill.class, old);
		assertThat(read.oldestFirst()).isTrue();
		assertThat(connection().backfill().oldestFirst()).isFalse();
	}

	@Test
	void roundTripsThroughABsonDocument() {
		Document written = this.converter.write(connection());
		assertThat(written.keySet()).isSubsetOf(ConnectionView.FIELDS);
		assertThat(this.converter.read(ConnectionView.class, written)).isEqualTo(connection());
	}

	@Test
	void projectsNoTokenOrLeaseMember() {
		assertThat(ConnectionView.FIELDS).doesNotContain(ConnectionsCollection.ACCESS_TOKEN,
				ConnectionsCollection.REFRESH_TOKEN, ConnectionsCollection.LEASE, ConnectionsCollection.CURSORS);
		assertThat(ConnectionView.class.getRecordComponents()).extracting("name")
			.containsExactlyElementsOf(ConnectionView.FIELDS);
	}

	private static ConnectionView connection() {
		return new ConnectionView("strava", "ACTIVE", null, "12345", Map.of("activities", 412L), SYNCED, "SUCCEEDED",
				new ConnectionView.Backfill(SYNCED.minusSeconds(86_400), SYNCED, true, true));
	}

}
