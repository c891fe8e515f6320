package health.falcon.backend.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import health.falcon.backend.erasure.PersonalData;
import health.falcon.data.api.InsightsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.RestClientException;
import org.springframework.web.service.registry.HttpServiceProxyRegistry;

/**
 * Erases a user's data everywhere, in order: every ingest service (each revokes its
 * provider grants before it deletes anything), backend-data's insight cache (after the
 * data it was computed from), then backend-server's own {@link PersonalData}. A service
 * that fails is named and the others still run; since every step is idempotent, asking
 * again completes the erasure.
 */
class AccountErasure {

	/** The report's key for backend-data. */
	static final String BACKEND_DATA = "backend-data";

	/** The report's key for backend-server's own stores. */
	static final String BACKEND_SERVER = "backend-server";

	private static final Logger logger = LoggerFactory.getLogger(AccountErasure.class);

	private final Map<String, IngestAccountClient> services;

	private final InsightsClient insights;

	private final List<PersonalData> personalData;

	AccountErasure(HttpServiceProxyRegistry registry, InsightsClient insights, List<PersonalData> personalData) {
		this.services = ingestServices(registry);
		this.insights = insights;
		this.personalData = personalData;
	}

	/**
	 * Erase the user's data.
	 * @param userId the signed-in user, whose token is relayed to every service
	 * @return what each service removed, per collection
	 * @throws ErasureIncompleteException when a service failed
	 */
	Map<String, Map<String, Long>> erase(String userId) {
		Map<String, Map<String, Long>> removed = new LinkedHashMap<>();
		List<String> failed = new ArrayList<>();
		this.services.forEach((service, client) -> call(service, client::erase, removed, failed));
		call(BACKEND_DATA, this.insights::forget, removed, failed);
		Map<String, Long> own = new LinkedHashMap<>();
		this.personalData
			.forEach((data) -> data.erase(userId).forEach((key, count) -> own.merge(key, count, Long::sum)));
		removed.put(BACKEND_SERVER, own);
		if (!failed.isEmpty()) {
			logger.warn("Erasing a user's data failed in {}", failed);
			throw new ErasureIncompleteException(removed, failed);
		}
		logger.info("Erased a user's data in {}", removed.keySet());
		return removed;
	}

	private static void call(String service, Supplier<Map<String, Long>> erase, Map<String, Map<String, Long>> removed,
			List<String> failed) {
		try {
			removed.put(service, erase.get());
		}
		catch (RestClientException ex) {
			logger.warn("{} could not erase a user's data: {}", service, ex.getClass().getSimpleName());
			failed.add(service);
		}
	}

	/**
	 * Every HTTP service group that serves {@link IngestAccountClient}, by group name
	 * (the service's name), sorted so that the order does not depend on the registry.
	 */
	private static Map<String, IngestAccountClient> ingestServices(HttpServiceProxyRegistry registry) {
		Map<String, IngestAccountClient> services = new LinkedHashMap<>();
		registry.getGroupNames()
			.stream()
			.sorted()
			.filter((group) -> registry.getClientTypesInGroup(group).contains(IngestAccountClient.class))
			.forEach((group) -> services.put(group, registry.getClient(group, IngestAccountClient.class)));
		return services;
	}

}
