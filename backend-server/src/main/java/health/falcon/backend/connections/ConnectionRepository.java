package health.falcon.backend.connections;

import java.util.List;

import health.falcon.documents.connections.ConnectionView;
import health.falcon.documents.connections.ConnectionsCollection;

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

	private final MongoTemplate template;

	ConnectionRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's connections.
	 * @param userId the owner
	 * @return one entry per provider the user ever connected, in no particular order
	 */
	List<ConnectionView> findByUserId(String userId) {
		Query query = Query.query(Criteria.where(ConnectionsCollection.USER_ID).is(userId));
		query.fields().include(ConnectionView.FIELDS.toArray(String[]::new));
		return this.template.find(query, ConnectionView.class);
	}

}
