package health.falcon.ingest.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.connection.StoredTokens;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.ConnectionMethod;
import health.falcon.ingest.spi.ProviderConnector;
import org.jspecify.annotations.Nullable;

/**
 * Stores the connection of a {@link ConnectionMethod#USER_CREDENTIAL} provider: the
 * user's secret goes where an OAuth connection keeps its access token (encrypted under
 * the active key, bound to the connection id), with neither refresh token nor expiry, so
 * the kit never tries to refresh it and every existing guard (usable status, deletion on
 * disconnect, key rotation) applies unchanged.
 */
class CredentialConnections {

	private final ProviderConnectors connectors;

	private final ConnectionStore store;

	private final TokenCipher cipher;

	private final Clock clock;

	CredentialConnections(ProviderConnectors connectors, ConnectionStore store, TokenCipher cipher, Clock clock) {
		this.connectors = connectors;
		this.store = store;
		this.cipher = cipher;
		this.clock = clock;
	}

	void connect(String userId, String provider, String credential, @Nullable String accountId) {
		ProviderConnector connector = this.connectors.connector(provider);
		if (connector.connectionMethod() != ConnectionMethod.USER_CREDENTIAL) {
			throw new IllegalArgumentException(provider + " connects with OAuth 2, not with a user credential");
		}
		if (credential.isBlank()) {
			throw new IllegalArgumentException("The credential must not be blank");
		}
		String id = Connection.id(userId, provider);
		StoredTokens tokens = new StoredTokens(this.cipher.encrypt(credential, id), null, null);
		Instant now = this.clock.instant();
		this.store.connected(userId, provider, accountId, List.of(), tokens, now,
				now.minus(this.connectors.properties(provider).backfillDepth()));
	}

}
