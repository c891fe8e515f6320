package health.falcon.documents.connections;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code connections} collection: one document per user and provider
 * ({@code _id = <userId>:<provider>}), written by the ingest kit's
 * {@code ConnectionStore} in the provider's ingest service and read (status members only)
 * by backend-server. Tokens are stored encrypted and leases belong to the writer: readers
 * never fetch them.
 */
public final class ConnectionsCollection {

	public static final String COLLECTION = "connections";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	public static final String PROVIDER = "provider";

	/**
	 * {@code NOT_CONNECTED}, {@code ACTIVE}, {@code SYNCING}, {@code NEEDS_RECONNECT}, …
	 */
	public static final String STATUS = "status";

	/** A slug saying why ({@code refresh-rejected}); absent when none. */
	public static final String STATUS_REASON = "statusReason";

	/** The user's account id at the provider. */
	public static final String ACCOUNT_ID = "accountId";

	public static final String GRANTED_SCOPES = "grantedScopes";

	/** Encrypted {@code {keyId, nonce, ciphertext}}; never read outside the kit. */
	public static final String ACCESS_TOKEN = "accessToken";

	/** Encrypted like {@link #ACCESS_TOKEN}. */
	public static final String REFRESH_TOKEN = "refreshToken";

	public static final String ACCESS_TOKEN_EXPIRES_AT = "accessTokenExpiresAt";

	/** {@code {stream: cursor}}. */
	public static final String CURSORS = "cursors";

	/** {@code {stream: records written}}. */
	public static final String COUNTS = "counts";

	public static final String LAST_SUCCESSFUL_SYNC_AT = "lastSuccessfulSyncAt";

	public static final String LAST_RUN_AT = "lastRunAt";

	public static final String LAST_RUN_STATUS = "lastRunStatus";

	/**
	 * {@code {from, reached, completed, newestFirst}}: {@code reached} is the oldest
	 * instant read completely so far, moving back from the connection time towards
	 * {@code from}. Without {@code newestFirst} the state was written by the old
	 * oldest-first code, where {@code reached} moved forward from {@code from}.
	 */
	public static final String BACKFILL = "backfill";

	public static final String BACKFILL_FROM = BACKFILL + ".from";

	public static final String BACKFILL_REACHED = BACKFILL + ".reached";

	public static final String BACKFILL_COMPLETED = BACKFILL + ".completed";

	public static final String BACKFILL_NEWEST_FIRST = BACKFILL + ".newestFirst";

	/** {@code {owner, until}}: the single-flight sync lease. */
	public static final String LEASE = "lease";

	public static final String LEASE_OWNER = LEASE + ".owner";

	public static final String LEASE_UNTIL = LEASE + ".until";

	public static final String CONNECTED_AT = "connectedAt";

	public static final String UPDATED_AT = "updatedAt";

	/** Incremented on every change (optimistic locking of token refreshes). */
	public static final String VERSION = "version";

	private ConnectionsCollection() {
	}

	/**
	 * The {@code provider_account} index: webhooks look a connection up by the provider's
	 * account id for every event, also forged ones, so that lookup must stay cheap.
	 * @return a new index definition
	 */
	public static Index providerAccount() {
		return new Index().on(PROVIDER, Sort.Direction.ASC)
			.on(ACCOUNT_ID, Sort.Direction.ASC)
			.named("provider_account");
	}

	/**
	 * Every index the writer creates besides {@code _id}.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(providerAccount());
	}

}
