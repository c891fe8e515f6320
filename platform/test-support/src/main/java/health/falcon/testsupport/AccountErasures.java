package health.falcon.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.connection.StoredTokens;
import health.falcon.ingest.crypto.TokenCipher;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.awaitility.Awaitility.await;

/**
 * What every ingest service's account-erasure test does around its own data: the user's
 * {@code DELETE /account/data}, a stored connection of the user, and waiting for the
 * user's upload to be imported.
 */
public final class AccountErasures {

	private AccountErasures() {
	}

	/**
	 * {@code DELETE /account/data} as the user, with a minted token.
	 * @param client the client of the running service
	 * @param user the signed-in user's id
	 * @return the answer
	 */
	public static RestTestClientResponse erase(RestTestClient client, String user) {
		return RestTestClientResponse.from(client.delete()
			.uri("/account/data")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange());
	}

	/**
	 * Store a connection of the user that needs a reconnect, so that erasing it has no
	 * grant to revoke at the provider.
	 * @param store the service's connection store
	 * @param cipher the service's token cipher
	 * @param user the user's id
	 * @param provider the provider's id
	 */
	public static void connectionNeedingReconnect(ConnectionStore store, TokenCipher cipher, String user,
			String provider) {
		String id = Connection.id(user, provider);
		Instant now = Instant.now();
		store.connected(user, provider, "account-" + user, List.of(),
				new StoredTokens(cipher.encrypt("access", id), null, now.plusSeconds(3600)), now, now);
		store.needsReconnect(id, "refresh-rejected", now);
	}

	/**
	 * Wait up to ten seconds until the user's one upload has been imported.
	 * @param mongo the service's database
	 * @param user the user's id
	 */
	public static void awaitImported(MongoTemplate mongo, String user) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mongo.getCollection("imported_files")
				.countDocuments(new Document("userId", user).append("status", "SUCCEEDED")) == 1);
	}

}
