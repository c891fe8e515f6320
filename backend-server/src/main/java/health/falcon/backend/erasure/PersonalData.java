package health.falcon.backend.erasure;

import java.util.Map;

/**
 * Personal data that backend-server itself stores (settings, photos), erased when the
 * user deletes the account. Implementations are Spring beans; erasing is idempotent.
 */
public interface PersonalData {

	/**
	 * Delete everything this store keeps of one user.
	 * @param userId the signed-in user
	 * @return what was removed, per collection or bucket, in documents or files
	 */
	Map<String, Long> erase(String userId);

}
