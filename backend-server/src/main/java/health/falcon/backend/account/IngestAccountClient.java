package health.falcon.backend.account;

import java.util.Map;

import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The ingest kit's {@code DELETE /account/data}, served alike by every ingest service
 * (fitness-service, fitbit-service, diet-service, dropbox-ingest) and registered once per
 * service as that service's HTTP service group, called with the signed-in user's own
 * token.
 */
@HttpExchange
public interface IngestAccountClient {

	/**
	 * Erase everything the service keeps of the token's user (revoking the provider
	 * grants first); idempotent.
	 * @return how many documents (or kept files) were removed, per collection
	 */
	@DeleteExchange("/account/data")
	Map<String, Long> erase();

}
