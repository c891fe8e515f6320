package health.falcon.ingest.sync;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The {@code sync_runs} documents.
 */
public interface SyncRunRepository extends MongoRepository<SyncRun, String> {

	/**
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param page the page (its size is the limit)
	 * @return the runs, newest first
	 */
	List<SyncRun> findByUserIdAndProviderOrderByStartedAtDesc(String userId, String provider, Pageable page);

	/**
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @return the newest run, if any
	 */
	Optional<SyncRun> findFirstByUserIdAndProviderOrderByStartedAtDesc(String userId, String provider);

}
