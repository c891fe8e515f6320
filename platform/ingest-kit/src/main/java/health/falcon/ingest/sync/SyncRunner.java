package health.falcon.ingest.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import health.falcon.ingest.api.GrantCheck;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/**
 * The kit's {@link IngestOperations}: runs syncs and targeted work single-flight per
 * connection (the lease), queues syncs on a bounded executor, and handles grants revoked
 * at the provider.
 */
public class SyncRunner implements IngestOperations {

	private static final Logger logger = LoggerFactory.getLogger(SyncRunner.class);

	// the reasons the kit gives when the provider itself refused the grant
	private static final Set<String> PROVIDER_REFUSALS = Set.of("refresh-rejected", "api-unauthorized");

	private final ProviderConnectors connectors;

	private final ConnectionRepository connections;

	private final Leases leases;

	private final RunExecution execution;

	private final ConnectionLifecycle lifecycle;

	private final AsyncTaskExecutor executor;

	private final CredentialConnections credentials;

	private final AccessTokens tokens;

	SyncRunner(ProviderConnectors connectors, ConnectionRepository connections, Leases leases, RunExecution execution,
			ConnectionLifecycle lifecycle, AsyncTaskExecutor executor, CredentialConnections credentials,
			AccessTokens tokens) {
		this.connectors = connectors;
		this.connections = connections;
		this.leases = leases;
		this.execution = execution;
		this.lifecycle = lifecycle;
		this.executor = executor;
		this.credentials = credentials;
		this.tokens = tokens;
	}

	/**
	 * Whether no queued or running sync is left on this instance's executor; side-effect
	 * free. Useful to wait for quiet before a shutdown step or between integration tests.
	 * @return {@code true} when idle
	 */
	public boolean idle() {
		if (this.executor instanceof ThreadPoolTaskExecutor pool) {
			return pool.getActiveCount() == 0 && pool.getQueueSize() == 0;
		}
		return true;
	}

	@Override
	public Optional<String> userIdForAccount(String provider, String accountId) {
		return this.connections.findByProviderAndAccountId(provider, accountId)
			.stream()
			.filter((connection) -> connection.getStatus() != ConnectionStatus.REVOKED
					&& connection.getStatus() != ConnectionStatus.DISCONNECTED)
			.map(Connection::getUserId)
			.findFirst();
	}

	@Override
	public RunOutcome run(String userId, String provider, SyncTrigger trigger, Consumer<SyncContext> work) {
		this.connectors.connector(provider);
		String id = Connection.id(userId, provider);
		Optional<Connection> connection = this.connections.findById(id);
		if (connection.isEmpty() || !connection.get().getStatus().usable()) {
			return new RunOutcome(null, RunOutcome.Status.SKIPPED);
		}
		String runId = UUID.randomUUID().toString();
		Connection leased = this.leases.acquire(id, runId, trigger);
		if (leased == null) {
			logger.debug("Another run holds the lease of a {} connection", provider);
			return new RunOutcome(null, RunOutcome.Status.BUSY);
		}
		if (!leased.getStatus().usable()) {
			this.lifecycle.release(id, runId);
			return new RunOutcome(null, RunOutcome.Status.SKIPPED);
		}
		return this.execution.execute(leased, trigger, runId, work);
	}

	@Override
	public List<RunOutcome> runAll(String provider, SyncTrigger trigger, Consumer<SyncContext> work) {
		this.connectors.connector(provider);
		List<CompletableFuture<RunOutcome>> runs = this.connections
			.findByProviderAndStatusIn(provider, ConnectionStatus.usableStatuses())
			.stream()
			.map((connection) -> submit(connection.getUserId(), provider, trigger, work))
			.toList();
		return runs.stream().map(CompletableFuture::join).toList();
	}

	@Override
	public GrantCheck checkGrant(String userId, String provider, SyncTrigger trigger, Consumer<SyncContext> probe) {
		String connectionId = Connection.id(userId, provider);
		RunOutcome outcome = run(userId, provider, trigger, (context) -> {
			this.tokens.refreshNow(connectionId);
			probe.accept(context);
		});
		return switch (outcome.status()) {
			case SUCCEEDED -> GrantCheck.VALID;
			// The run held the lease, so a refusal found now was found by this run:
			// by the refresh before the work, the forced refresh or the probe.
			case FAILED -> this.connections.findById(connectionId)
				.filter((connection) -> connection.getStatus() == ConnectionStatus.NEEDS_RECONNECT
						&& connection.getStatusReason() != null
						&& PROVIDER_REFUSALS.contains(connection.getStatusReason()))
				.map((connection) -> GrantCheck.REVOKED)
				.orElse(GrantCheck.UNCONFIRMED);
			default -> GrantCheck.UNCONFIRMED;
		};
	}

	@Override
	public void requestSync(String userId, String provider, SyncTrigger trigger) {
		submit(userId, provider, trigger);
	}

	/**
	 * Queue a full sync and return its future outcome.
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 * @param trigger why
	 * @return the outcome; {@code SKIPPED} at once when the executor's queue is full
	 */
	public CompletableFuture<RunOutcome> submit(String userId, String provider, SyncTrigger trigger) {
		ProviderConnector connector = this.connectors.connector(provider);
		return submit(userId, provider, trigger, connector::sync);
	}

	private CompletableFuture<RunOutcome> submit(String userId, String provider, SyncTrigger trigger,
			Consumer<SyncContext> work) {
		try {
			return CompletableFuture.supplyAsync(() -> run(userId, provider, trigger, work), this.executor)
				.exceptionally((ex) -> {
					logger.error("Queued {} sync of {} failed", trigger, provider, ex);
					return new RunOutcome(null, RunOutcome.Status.FAILED);
				});
		}
		catch (TaskRejectedException ex) {
			logger.warn("Sync queue full; dropped a {} sync of {} (the next schedule catches up)", trigger, provider);
			return CompletableFuture.completedFuture(new RunOutcome(null, RunOutcome.Status.SKIPPED));
		}
	}

	@Override
	public void connectWithCredential(String userId, String provider, String credential, @Nullable String accountId) {
		this.credentials.connect(userId, provider, credential, accountId);
		logger.info("Connected {} with a user credential; starting the backfill", provider);
		submit(userId, provider, SyncTrigger.BACKFILL);
	}

	@Override
	public void revokedByProvider(String userId, String provider) {
		this.lifecycle.revokedByProvider(userId, provider);
	}

}
