package health.falcon.ingest.connection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.ingest.crypto.EncryptedSecret;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One user's connection to one provider ({@code _id = <userId>:<provider>}), the shape in
 * {@code docs/ingest-contracts.md}. Read through {@link ConnectionRepository}; every
 * write is an atomic partial update in {@link ConnectionStore} so that concurrent writers
 * (a run, a token refresh, a disconnect) never overwrite each other's fields. Tokens are
 * encrypted and never appear in {@link #toString()}.
 */
@Document(ConnectionsCollection.COLLECTION)
public class Connection {

	@Id
	private final String id;

	private final String userId;

	private final String provider;

	private final ConnectionStatus status;

	private final @Nullable String statusReason;

	private final @Nullable String accountId;

	private final List<String> grantedScopes;

	private final @Nullable EncryptedSecret accessToken;

	private final @Nullable EncryptedSecret refreshToken;

	private final @Nullable Instant accessTokenExpiresAt;

	private final Map<String, String> cursors;

	private final Map<String, Long> counts;

	private final @Nullable Instant lastSuccessfulSyncAt;

	private final @Nullable Instant lastRunAt;

	private final @Nullable String lastRunStatus;

	private final @Nullable Backfill backfill;

	private final @Nullable Lease lease;

	private final @Nullable Instant connectedAt;

	private final @Nullable Instant updatedAt;

	private final long version;

	@PersistenceCreator
	Connection(String id, String userId, String provider, ConnectionStatus status, @Nullable String statusReason,
			@Nullable String accountId, @Nullable List<String> grantedScopes, @Nullable EncryptedSecret accessToken,
			@Nullable EncryptedSecret refreshToken, @Nullable Instant accessTokenExpiresAt,
			@Nullable Map<String, String> cursors, @Nullable Map<String, Long> counts,
			@Nullable Instant lastSuccessfulSyncAt, @Nullable Instant lastRunAt, @Nullable String lastRunStatus,
			@Nullable Backfill backfill, @Nullable Lease lease, @Nullable Instant connectedAt,
			@Nullable Instant updatedAt, long version) {
		this.id = id;
		this.userId = userId;
		this.provider = provider;
		this.status = status;
		this.statusReason = statusReason;
		this.accountId = accountId;
		this.grantedScopes = (grantedScopes != null) ? List.copyOf(grantedScopes) : List.of();
		this.accessToken = accessToken;
		this.refreshToken = refreshToken;
		this.accessTokenExpiresAt = accessTokenExpiresAt;
		this.cursors = (cursors != null) ? Map.copyOf(cursors) : Map.of();
		this.counts = (counts != null) ? Map.copyOf(counts) : Map.of();
		this.lastSuccessfulSyncAt = lastSuccessfulSyncAt;
		this.lastRunAt = lastRunAt;
		this.lastRunStatus = lastRunStatus;
		this.backfill = backfill;
		this.lease = lease;
		this.connectedAt = connectedAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * The document id of a user's connection to a provider.
	 * @param userId the owner
	 * @param provider the provider id
	 * @return {@code <userId>:<provider>}
	 */
	public static String id(String userId, String provider) {
		return userId + ":" + provider;
	}

	public String getId() {
		return this.id;
	}

	public String getUserId() {
		return this.userId;
	}

	public String getProvider() {
		return this.provider;
	}

	public ConnectionStatus getStatus() {
		return this.status;
	}

	public @Nullable String getStatusReason() {
		return this.statusReason;
	}

	public @Nullable String getAccountId() {
		return this.accountId;
	}

	public List<String> getGrantedScopes() {
		return this.grantedScopes;
	}

	public @Nullable EncryptedSecret getAccessToken() {
		return this.accessToken;
	}

	public @Nullable EncryptedSecret getRefreshToken() {
		return this.refreshToken;
	}

	public @Nullable Instant getAccessTokenExpiresAt() {
		return this.accessTokenExpiresAt;
	}

	public Map<String, String> getCursors() {
		return this.cursors;
	}

	public Map<String, Long> getCounts() {
		return this.counts;
	}

	public @Nullable Instant getLastSuccessfulSyncAt() {
		return this.lastSuccessfulSyncAt;
	}

	public @Nullable Instant getLastRunAt() {
		return this.lastRunAt;
	}

	public @Nullable String getLastRunStatus() {
		return this.lastRunStatus;
	}

	public @Nullable Backfill getBackfill() {
		return this.backfill;
	}

	public @Nullable Lease getLease() {
		return this.lease;
	}

	public @Nullable Instant getConnectedAt() {
		return this.connectedAt;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public String toString() {
		return "Connection[id=" + this.id + ", status=" + this.status + ", version=" + this.version + "]";
	}

}
