package health.falcon.ingest.account;

import java.util.Map;

/**
 * What an ingest service stores of a user beyond its connectors' {@code purge} and the
 * kit's own collections (profiles, settings, mapping profiles, legacy collections, stores
 * shared by several providers). Implementations are Spring beans; the kit calls every one
 * after the connectors purged, when the user deletes the account.
 */
public interface AccountData {

	/**
	 * Delete every document of the user in the service's own collections; erasing twice
	 * removes nothing the second time.
	 * @param userId the owner, from the signed-in user's token
	 * @return how many documents were removed, per collection
	 */
	Map<String, Long> erase(String userId);

}
