package health.falcon.backend.connections;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import health.falcon.backend.connections.ProvidersProperties.Provider;
import health.falcon.documents.connections.ConnectionView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Joins the configured providers with the user's stored connections, so that every known
 * provider appears, connected or not.
 */
@Service
class ConnectionService {

	private final ProvidersProperties properties;

	private final ConnectionRepository repository;

	ConnectionService(ProvidersProperties properties, ConnectionRepository repository) {
		this.properties = properties;
		this.repository = repository;
	}

	/**
	 * Return the user's view of every known provider, in configuration order. Connections
	 * to providers that are no longer configured are left out.
	 * @param userId the owner (the token's subject)
	 * @return one summary per known provider, never {@code null}
	 */
	List<ConnectionSummary> connectionsOf(String userId) {
		Map<String, ConnectionView> stored = this.repository.findByUserId(userId)
			.stream()
			.collect(Collectors.toMap(ConnectionView::provider, Function.identity(), (first, second) -> first));
		return this.properties.providers()
			.entrySet()
			.stream()
			.map((entry) -> summarize(entry.getKey(), entry.getValue(), stored.get(entry.getKey())))
			.toList();
	}

	private static ConnectionSummary summarize(String id, Provider provider, @Nullable ConnectionView connection) {
		if (connection == null) {
			return new ConnectionSummary(id, provider.displayName(), provider.description(), provider.available(),
					provider.sandboxSignInUrl(), ConnectionSummary.NOT_CONNECTED, null, null, null, null, Map.of(),
					null);
		}
		String status = (connection.status() != null) ? connection.status() : ConnectionSummary.NOT_CONNECTED;
		Map<String, Long> counts = (connection.counts() != null) ? connection.counts() : Map.of();
		return new ConnectionSummary(id, provider.displayName(), provider.description(), provider.available(),
				provider.sandboxSignInUrl(), status, connection.statusReason(), connection.accountId(),
				connection.lastSuccessfulSyncAt(), connection.lastRunStatus(), counts, backfill(connection.backfill()));
	}

	private static ConnectionSummary.@Nullable Backfill backfill(ConnectionView.@Nullable Backfill backfill) {
		if (backfill == null) {
			return null;
		}
		if (backfill.oldestFirst()) {
			// the old oldest-first code wrote it: its reached moved forward, and the
			// ingest
			// kit finishes it through the stream cursors, marking it completed at the
			// next run
			return new ConnectionSummary.Backfill(backfill.from(), null, true);
		}
		return new ConnectionSummary.Backfill(backfill.from(), backfill.reached(),
				Boolean.TRUE.equals(backfill.completed()));
	}

}
