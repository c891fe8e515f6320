package health.falcon.ingest.connection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads {@code connections}. Writes go through {@link ConnectionStore}'s atomic updates.
 */
public interface ConnectionRepository extends MongoRepository<Connection, String> {

	/**
	 * @param provider the provider's id, for example {@code strava}
	 * @param accountId the provider's account id
	 * @return the connections of that provider account (normally at most one)
	 */
	List<Connection> findByProviderAndAccountId(String provider, String accountId);

	/**
	 * @param provider the provider's id, for example {@code strava}
	 * @param statuses the statuses to include
	 * @return the provider's connections in one of the statuses
	 */
	List<Connection> findByProviderAndStatusIn(String provider, Collection<ConnectionStatus> statuses);

	/**
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @return the connection, if any
	 */
	default Optional<Connection> findConnection(String userId, String provider) {
		return findById(Connection.id(userId, provider));
	}

}
