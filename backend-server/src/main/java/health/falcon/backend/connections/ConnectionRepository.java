package health.falcon.backend.connections;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code connections} documents. Read only: the owning ingest service is the
 * writer. Only the status members are fetched, so tokens and leases never leave MongoDB.
 */
@Repository
class ConnectionRepository {

	private static final String[] STATUS_FIELDS = { "provider", "status", "statusReason", "accountId", "counts",
			"lastSuccessfulSyncAt", "lastRunStatus", "backfill" };

	private final MongoTemplate template;

	ConnectionRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's connections.
	 * @param userId the owner
	 * @return one entry per provider the user ever connected, in no particular order
	 */
	List<StoredConnection> findByUserId(String userId) {
		Query query = Query.query(Criteria.where("userId").is(userId));
		query.fields().include(STATUS_FIELDS);
		return this.template.find(query, StoredConnection.class);
	}

}
