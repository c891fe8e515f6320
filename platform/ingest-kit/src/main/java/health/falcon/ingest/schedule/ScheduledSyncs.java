package health.falcon.ingest.schedule;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.sync.SyncRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled round for a provider: every usable connection gets a sync on the bounded
 * sync executor ({@code BACKFILL} while its backfill has not completed, else
 * {@code SCHEDULE}), and the round waits for them so rounds never overlap.
 */
public class ScheduledSyncs {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledSyncs.class);

	private final ConnectionRepository connections;

	private final SyncRunner runner;

	public ScheduledSyncs(ConnectionRepository connections, SyncRunner runner) {
		this.connections = connections;
		this.runner = runner;
	}

	/**
	 * Sync every usable connection of a provider and wait for the outcomes.
	 * @param provider the provider's id, for example {@code strava}
	 * @return the outcomes
	 */
	public List<RunOutcome> syncAll(String provider) {
		List<CompletableFuture<RunOutcome>> runs = this.connections
			.findByProviderAndStatusIn(provider, ConnectionStatus.usableStatuses())
			.stream()
			.map((connection) -> this.runner.submit(connection.getUserId(), provider, trigger(connection)))
			.toList();
		List<RunOutcome> outcomes = runs.stream().map(CompletableFuture::join).toList();
		logger.info("Scheduled round of {}: {} connections", provider, outcomes.size());
		return outcomes;
	}

	private static SyncTrigger trigger(Connection connection) {
		boolean backfilling = connection.getBackfill() != null && !connection.getBackfill().completed();
		return backfilling ? SyncTrigger.BACKFILL : SyncTrigger.SCHEDULE;
	}

}
