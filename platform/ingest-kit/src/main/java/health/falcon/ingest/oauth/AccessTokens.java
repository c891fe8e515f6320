package health.falcon.ingest.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.connection.StoredTokens;
import health.falcon.ingest.crypto.EncryptedSecret;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.spi.TokenGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a connection's access token, refreshing it first when it expires within five
 * minutes. Refreshes are single-flight: one lock per connection in this process, and a
 * version-guarded update in MongoDB across replicas (the loser re-reads the winner's
 * tokens). A rotated refresh token is stored in the same update as the new access token.
 * A refused refresh marks the connection {@code NEEDS_RECONNECT}.
 */
public class AccessTokens {

	private static final Logger logger = LoggerFactory.getLogger(AccessTokens.class);

	/** OAuth error codes that refuse this application rather than the user's grant. */
	private static final Set<String> CLIENT_REFUSALS = Set.of("invalid_client", "unauthorized_client");

	private static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final ConnectionRepository connections;

	private final ConnectionStore store;

	private final TokenCipher cipher;

	private final TokenClient tokenClient;

	private final Clock clock;

	AccessTokens(ConnectionRepository connections, ConnectionStore store, TokenCipher cipher, TokenClient tokenClient,
			Clock clock) {
		this.connections = connections;
		this.store = store;
		this.cipher = cipher;
		this.tokenClient = tokenClient;
		this.clock = clock;
	}

	/**
	 * A valid access token for the connection, refreshed when due.
	 * @return the access token (never log it)
	 * @throws ReconnectRequiredException when the connection has no usable tokens or the
	 * provider refused the refresh
	 * @throws TokenEndpointException when the token endpoint failed transiently
	 */
	public String accessToken(String connectionId) {
		Connection connection = usable(connectionId);
		if (!due(connection)) {
			return decryptAccess(connection);
		}
		ReentrantLock lock = this.locks.computeIfAbsent(connectionId, (id) -> new ReentrantLock());
		lock.lock();
		try {
			Connection current = usable(connectionId);
			return due(current) ? refresh(current) : decryptAccess(current);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Refresh the connection's tokens now, whether or not they are due, to ask the
	 * provider whether the grant still stands. Single-flight like
	 * {@link #accessToken(String)}; the rotated tokens are stored.
	 * @throws ReconnectRequiredException with reason {@code refresh-rejected} when the
	 * provider refused the refresh ({@code client-rejected} when it refused our client;
	 * the connection is then {@code NEEDS_RECONNECT}), or another reason when the
	 * connection has no usable tokens
	 * @throws TokenEndpointException when the token endpoint failed transiently
	 */
	public void refreshNow(String connectionId) {
		ReentrantLock lock = this.locks.computeIfAbsent(connectionId, (id) -> new ReentrantLock());
		lock.lock();
		try {
			refresh(usable(connectionId));
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The provider refused the connection's access token: mark it
	 * {@code NEEDS_RECONNECT}.
	 * @param reason a safe reason slug
	 */
	public void refused(String connectionId, String reason) {
		logger.warn("Provider refused the tokens of a connection ({}); it needs a reconnect", reason);
		this.store.needsReconnect(connectionId, reason, this.clock.instant());
	}

	private String refresh(Connection connection) {
		EncryptedSecret refreshToken = connection.getRefreshToken();
		if (refreshToken == null) {
			refused(connection.getId(), "token-expired");
			throw new ReconnectRequiredException("token-expired");
		}
		TokenGrant grant;
		try {
			grant = this.tokenClient.refresh(connection.getProvider(), decryptAccess(connection),
					this.cipher.decrypt(refreshToken, connection.getId()));
		}
		catch (TokenRejectedException ex) {
			// A refused client (a wrong client secret, an application disabled at the
			// provider) is our configuration failing, not the user's grant: it must never
			// count as proof that the user revoked access.
			String reason = CLIENT_REFUSALS.contains(ex.reason()) ? "client-rejected" : "refresh-rejected";
			refused(connection.getId(), reason);
			throw new ReconnectRequiredException(reason);
		}
		String id = connection.getId();
		String newRefresh = (grant.refreshToken() != null) ? grant.refreshToken()
				: this.cipher.decrypt(refreshToken, id);
		StoredTokens tokens = new StoredTokens(this.cipher.encrypt(grant.accessToken(), id),
				this.cipher.encrypt(newRefresh, id), grant.expiresAt());
		if (this.store.storeRefreshed(id, connection.getVersion(), tokens, this.clock.instant())) {
			return grant.accessToken();
		}
		logger.debug("Another replica refreshed the tokens first; using its tokens");
		return decryptAccess(usable(id));
	}

	private boolean due(Connection connection) {
		Instant expiresAt = connection.getAccessTokenExpiresAt();
		return expiresAt != null && !expiresAt.isAfter(this.clock.instant().plus(REFRESH_AHEAD));
	}

	private Connection usable(String connectionId) {
		Connection connection = this.connections.findById(connectionId)
			.orElseThrow(() -> new ReconnectRequiredException("not-connected"));
		if (!connection.getStatus().usable() || connection.getAccessToken() == null) {
			throw new ReconnectRequiredException(
					(connection.getStatusReason() != null) ? connection.getStatusReason() : "not-connected");
		}
		return connection;
	}

	private String decryptAccess(Connection connection) {
		EncryptedSecret accessToken = connection.getAccessToken();
		if (accessToken == null) {
			throw new ReconnectRequiredException("not-connected");
		}
		return this.cipher.decrypt(accessToken, connection.getId());
	}

}
