package health.falcon.ingest.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import health.falcon.documents.connections.ConnectionsCollection;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Every write to {@code connections}, each one atomic on one document: connecting, the
 * lease (find-and-modify with expiry), token rotation guarded by the document version,
 * status changes, cursors and counts. Each write increments {@code version}.
 */
public class ConnectionStore {

	private final MongoOperations mongo;

	public ConnectionStore(MongoOperations mongo) {
		this.mongo = mongo;
		// webhooks look connections up by the provider's account id for every event, also
		// forged ones, so that lookup must stay cheap
		this.mongo.indexOps(Connection.class).createIndex(ConnectionsCollection.providerAccount());
	}

	/**
	 * Store a (re)connection: status {@code ACTIVE}, new tokens replace old ones, any
	 * {@code NEEDS_RECONNECT} reason is cleared; a backfill is planned unless one exists.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param accountId the provider's account id
	 * @param grantedScopes the scopes the user granted
	 * @param tokens the encrypted tokens
	 * @param now the current time
	 * @param backfillFrom the oldest instant the backfill reaches
	 */
	public void connected(String userId, String provider, @Nullable String accountId, List<String> grantedScopes,
			StoredTokens tokens, Instant now, Instant backfillFrom) {
		String id = Connection.id(userId, provider);
		Update update = tokenUpdate(tokens, now).set(ConnectionsCollection.USER_ID, userId)
			.set(ConnectionsCollection.PROVIDER, provider)
			.set(ConnectionsCollection.STATUS, ConnectionStatus.ACTIVE)
			.unset(ConnectionsCollection.STATUS_REASON)
			.set(ConnectionsCollection.ACCOUNT_ID, accountId)
			.set(ConnectionsCollection.GRANTED_SCOPES, grantedScopes)
			.set(ConnectionsCollection.CONNECTED_AT, now);
		this.mongo.upsert(byId(id), update, Connection.class);
		this.mongo.updateFirst(
				query(where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.BACKFILL).exists(false)),
				new Update().set(ConnectionsCollection.BACKFILL, Backfill.planned(backfillFrom)), Connection.class);
	}

	/**
	 * Take the sync lease when it is free or expired.
	 * @param owner the run taking it
	 * @param now the current time
	 * @param ttl how long it holds
	 * @return the connection as leased, {@code null} when another run holds the lease
	 */
	public @Nullable Connection tryLease(String id, String owner, Instant now, Duration ttl) {
		Criteria free = new Criteria().orOperator(where(ConnectionsCollection.LEASE).exists(false),
				where(ConnectionsCollection.LEASE).is(null), where(ConnectionsCollection.LEASE_UNTIL).lt(now));
		Update update = new Update().set(ConnectionsCollection.LEASE, new Lease(owner, now.plus(ttl)))
			.inc(ConnectionsCollection.VERSION, 1);
		return this.mongo.findAndModify(query(where(ConnectionsCollection.ID).is(id)).addCriteria(free), update,
				FindAndModifyOptions.options().returnNew(true), Connection.class);
	}

	/**
	 * Extend a held lease.
	 * @param owner the run holding it
	 * @param until the new expiry
	 */
	public void renewLease(String id, String owner, Instant until) {
		this.mongo.updateFirst(
				query(where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.LEASE_OWNER).is(owner)),
				new Update().set(ConnectionsCollection.LEASE_UNTIL, until), Connection.class);
	}

	/**
	 * Release a held lease and record the run's end on the connection.
	 * @param owner the run holding it
	 * @param runStatus the run's outcome
	 * @param now the current time
	 * @param succeeded whether the run succeeded (sets {@code lastSuccessfulSyncAt})
	 */
	public void releaseLease(String id, String owner, String runStatus, Instant now, boolean succeeded) {
		Update update = new Update().unset(ConnectionsCollection.LEASE)
			.set(ConnectionsCollection.LAST_RUN_AT, now)
			.set(ConnectionsCollection.LAST_RUN_STATUS, runStatus);
		if (succeeded) {
			update.set(ConnectionsCollection.LAST_SUCCESSFUL_SYNC_AT, now);
		}
		this.mongo.updateFirst(
				query(where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.LEASE_OWNER).is(owner)),
				update.inc(ConnectionsCollection.VERSION, 1), Connection.class);
	}

	/**
	 * Move a connection from one status to another, only if it still has the expected one
	 * (a disconnect or a refused token during a run wins over the run's own ending).
	 * @param expected the status it must have
	 * @param status the new status
	 * @param reason the reason, {@code null} to clear it
	 * @param now the current time
	 * @return whether the status changed
	 */
	public boolean transition(String id, ConnectionStatus expected, ConnectionStatus status, @Nullable String reason,
			Instant now) {
		return this.mongo
			.updateFirst(query(where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.STATUS).is(expected)),
					statusUpdate(status, reason, now), Connection.class)
			.getModifiedCount() > 0;
	}

	/**
	 * Mark a connection {@code NEEDS_RECONNECT}: the provider refused its tokens.
	 * @param reason a safe reason slug
	 * @param now the current time
	 */
	public void needsReconnect(String id, String reason, Instant now) {
		this.mongo.updateFirst(byId(id), statusUpdate(ConnectionStatus.NEEDS_RECONNECT, reason, now), Connection.class);
	}

	/**
	 * Store refreshed tokens if nobody else rotated them since {@code expectedVersion}.
	 * @param expectedVersion the version the refresh started from
	 * @param tokens the new tokens (access and refresh together)
	 * @param now the current time
	 * @return {@code false} when another refresh won; re-read the connection then
	 */
	public boolean storeRefreshed(String id, long expectedVersion, StoredTokens tokens, Instant now) {
		return this.mongo
			.updateFirst(query(
					where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.VERSION).is(expectedVersion)),
					tokenUpdate(tokens, now), Connection.class)
			.getModifiedCount() > 0;
	}

	/**
	 * Advance a stream cursor after its batch was written and renew the lease.
	 * @param cursor the new cursor
	 * @param written records written by the batch
	 * @param lease the renewed lease
	 */
	public void advance(String id, String stream, String cursor, int written, Lease lease) {
		Update update = new Update().set(ConnectionsCollection.CURSORS + "." + stream, cursor)
			.inc(ConnectionsCollection.COUNTS + "." + stream, written)
			.set(ConnectionsCollection.LEASE_UNTIL, lease.until())
			.inc(ConnectionsCollection.VERSION, 1);
		this.mongo.updateFirst(
				query(where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.LEASE_OWNER).is(lease.owner())),
				update, Connection.class);
	}

	/**
	 * Record backfill progress after a window was stored; the backfill reads newest
	 * first, so it is completed once {@code reached} is at or before {@code from}.
	 * @param from the oldest instant the backfill reaches
	 * @param reached the oldest instant read completely so far
	 */
	public void backfillProgress(String id, Instant from, Instant reached) {
		this.mongo.updateFirst(byId(id),
				new Update().set(ConnectionsCollection.BACKFILL_FROM, from)
					.set(ConnectionsCollection.BACKFILL_REACHED, reached)
					.set(ConnectionsCollection.BACKFILL_COMPLETED, !reached.isAfter(from))
					.set(ConnectionsCollection.BACKFILL_NEWEST_FIRST, true),
				Connection.class);
	}

	/**
	 * Mark the backfill as finished.
	 */
	public void backfillCompleted(String id) {
		this.mongo.updateFirst(
				query(where(ConnectionsCollection.ID).is(id).and(ConnectionsCollection.BACKFILL).exists(true)),
				new Update().set(ConnectionsCollection.BACKFILL_COMPLETED, true), Connection.class);
	}

	/**
	 * End a connection: tokens deleted, the new status set; with {@code forget} the
	 * cursors, counts and backfill go too (the data was purged, a reconnect starts over).
	 * @param status {@code REVOKED} or {@code DISCONNECTED}
	 * @param forget whether to forget sync state
	 * @param now the current time
	 */
	public void end(String id, ConnectionStatus status, boolean forget, Instant now) {
		Update update = statusUpdate(status, null, now).unset(ConnectionsCollection.ACCESS_TOKEN)
			.unset(ConnectionsCollection.REFRESH_TOKEN)
			.unset(ConnectionsCollection.ACCESS_TOKEN_EXPIRES_AT);
		if (forget) {
			update.unset(ConnectionsCollection.CURSORS)
				.unset(ConnectionsCollection.COUNTS)
				.unset(ConnectionsCollection.BACKFILL);
		}
		this.mongo.updateFirst(byId(id), update, Connection.class);
	}

	private static Update statusUpdate(ConnectionStatus status, @Nullable String reason, Instant now) {
		Update update = new Update().set(ConnectionsCollection.STATUS, status)
			.set(ConnectionsCollection.UPDATED_AT, now)
			.inc(ConnectionsCollection.VERSION, 1);
		return (reason != null) ? update.set(ConnectionsCollection.STATUS_REASON, reason)
				: update.unset(ConnectionsCollection.STATUS_REASON);
	}

	private static Update tokenUpdate(StoredTokens tokens, Instant now) {
		Update update = new Update().set(ConnectionsCollection.ACCESS_TOKEN, tokens.accessToken())
			.set(ConnectionsCollection.ACCESS_TOKEN_EXPIRES_AT, tokens.expiresAt())
			.set(ConnectionsCollection.UPDATED_AT, now)
			.inc(ConnectionsCollection.VERSION, 1);
		return (tokens.refreshToken() != null) ? update.set(ConnectionsCollection.REFRESH_TOKEN, tokens.refreshToken())
				: update.unset(ConnectionsCollection.REFRESH_TOKEN);
	}

	private static Query byId(String id) {
		return query(where(ConnectionsCollection.ID).is(id));
	}

}
