package health.falcon.ingest.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
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
		this.mongo.indexOps(Connection.class)
			.createIndex(new Index().on("provider", Sort.Direction.ASC)
				.on("accountId", Sort.Direction.ASC)
				.named("provider_account"));
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
		Update update = tokenUpdate(tokens, now).set("userId", userId)
			.set("provider", provider)
			.set("status", ConnectionStatus.ACTIVE)
			.unset("statusReason")
			.set("accountId", accountId)
			.set("grantedScopes", grantedScopes)
			.set("connectedAt", now);
		this.mongo.upsert(byId(id), update, Connection.class);
		this.mongo.updateFirst(query(where("_id").is(id).and("backfill").exists(false)),
				new Update().set("backfill", new Backfill(backfillFrom, null, false)), Connection.class);
	}

	/**
	 * Take the sync lease when it is free or expired.
	 * @param owner the run taking it
	 * @param now the current time
	 * @param ttl how long it holds
	 * @return the connection as leased, {@code null} when another run holds the lease
	 */
	public @Nullable Connection tryLease(String id, String owner, Instant now, Duration ttl) {
		Criteria free = new Criteria().orOperator(where("lease").exists(false), where("lease").is(null),
				where("lease.until").lt(now));
		Update update = new Update().set("lease", new Lease(owner, now.plus(ttl))).inc("version", 1);
		return this.mongo.findAndModify(query(where("_id").is(id)).addCriteria(free), update,
				FindAndModifyOptions.options().returnNew(true), Connection.class);
	}

	/**
	 * Extend a held lease.
	 * @param owner the run holding it
	 * @param until the new expiry
	 */
	public void renewLease(String id, String owner, Instant until) {
		this.mongo.updateFirst(query(where("_id").is(id).and("lease.owner").is(owner)),
				new Update().set("lease.until", until), Connection.class);
	}

	/**
	 * Release a held lease and record the run's end on the connection.
	 * @param owner the run holding it
	 * @param runStatus the run's outcome
	 * @param now the current time
	 * @param succeeded whether the run succeeded (sets {@code lastSuccessfulSyncAt})
	 */
	public void releaseLease(String id, String owner, String runStatus, Instant now, boolean succeeded) {
		Update update = new Update().unset("lease").set("lastRunAt", now).set("lastRunStatus", runStatus);
		if (succeeded) {
			update.set("lastSuccessfulSyncAt", now);
		}
		this.mongo.updateFirst(query(where("_id").is(id).and("lease.owner").is(owner)), update.inc("version", 1),
				Connection.class);
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
			.updateFirst(query(where("_id").is(id).and("status").is(expected)), statusUpdate(status, reason, now),
					Connection.class)
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
			.updateFirst(query(where("_id").is(id).and("version").is(expectedVersion)), tokenUpdate(tokens, now),
					Connection.class)
			.getModifiedCount() > 0;
	}

	/**
	 * Advance a stream cursor after its batch was written and renew the lease.
	 * @param cursor the new cursor
	 * @param written records written by the batch
	 * @param lease the renewed lease
	 */
	public void advance(String id, String stream, String cursor, int written, Lease lease) {
		Update update = new Update().set("cursors." + stream, cursor)
			.inc("counts." + stream, written)
			.set("lease.until", lease.until())
			.inc("version", 1);
		this.mongo.updateFirst(query(where("_id").is(id).and("lease.owner").is(lease.owner())), update,
				Connection.class);
	}

	/**
	 * Record backfill progress.
	 * @param from the oldest instant the backfill reaches
	 * @param reached how far it got
	 */
	public void backfillProgress(String id, Instant from, Instant reached) {
		this.mongo.updateFirst(byId(id), new Update().set("backfill.from", from).set("backfill.reached", reached),
				Connection.class);
	}

	/**
	 * Mark the backfill as finished.
	 */
	public void backfillCompleted(String id) {
		this.mongo.updateFirst(query(where("_id").is(id).and("backfill").exists(true)),
				new Update().set("backfill.completed", true), Connection.class);
	}

	/**
	 * End a connection: tokens deleted, the new status set; with {@code forget} the
	 * cursors, counts and backfill go too (the data was purged, a reconnect starts over).
	 * @param status {@code REVOKED} or {@code DISCONNECTED}
	 * @param forget whether to forget sync state
	 * @param now the current time
	 */
	public void end(String id, ConnectionStatus status, boolean forget, Instant now) {
		Update update = statusUpdate(status, null, now).unset("accessToken")
			.unset("refreshToken")
			.unset("accessTokenExpiresAt");
		if (forget) {
			update.unset("cursors").unset("counts").unset("backfill");
		}
		this.mongo.updateFirst(byId(id), update, Connection.class);
	}

	private static Update statusUpdate(ConnectionStatus status, @Nullable String reason, Instant now) {
		Update update = new Update().set("status", status).set("updatedAt", now).inc("version", 1);
		return (reason != null) ? update.set("statusReason", reason) : update.unset("statusReason");
	}

	private static Update tokenUpdate(StoredTokens tokens, Instant now) {
		Update update = new Update().set("accessToken", tokens.accessToken())
			.set("accessTokenExpiresAt", tokens.expiresAt())
			.set("updatedAt", now)
			.inc("version", 1);
		return (tokens.refreshToken() != null) ? update.set("refreshToken", tokens.refreshToken())
				: update.unset("refreshToken");
	}

	private static Query byId(String id) {
		return query(where("_id").is(id));
	}

}
