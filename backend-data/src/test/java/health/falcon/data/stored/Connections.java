package health.falcon.data.stored;

import java.time.Instant;
import java.util.Date;

import health.falcon.documents.connections.ConnectionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code connections} in the ingest kit's shape, tokens and lease included, which
 * a reader must never fetch.
 */
public final class Connections {

	private Connections() {
	}

	/**
	 * Store a provider's connection of a user.
	 * @param lastSuccessfulSyncAt the last successful sync, {@code null} before the first
	 */
	public static void write(MongoTemplate template, String userId, String provider, String status,
			@Nullable Instant lastSuccessfulSyncAt) {
		template.save(
				new Document(ConnectionsCollection.ID, userId + ":" + provider)
					.append(ConnectionsCollection.USER_ID, userId)
					.append(ConnectionsCollection.PROVIDER, provider)
					.append(ConnectionsCollection.STATUS, status)
					.append(ConnectionsCollection.ACCOUNT_ID, "account-" + userId)
					.append(ConnectionsCollection.ACCESS_TOKEN,
							new Document("keyId", "k1").append("nonce", "n").append("ciphertext", "secret"))
					.append(ConnectionsCollection.REFRESH_TOKEN,
							new Document("keyId", "k1").append("nonce", "n").append("ciphertext", "secret"))
					.append(ConnectionsCollection.COUNTS, new Document("activities", 3L))
					.append(ConnectionsCollection.LAST_SUCCESSFUL_SYNC_AT,
							(lastSuccessfulSyncAt != null) ? Date.from(lastSuccessfulSyncAt) : null)
					.append(ConnectionsCollection.LAST_RUN_STATUS, "SUCCEEDED")
					.append(ConnectionsCollection.LEASE,
							new Document("owner", "x").append("until", DailyActivities.UPDATED_AT)),
				ConnectionsCollection.COLLECTION);
	}

}
