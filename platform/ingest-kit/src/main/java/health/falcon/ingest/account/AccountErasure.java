package health.falcon.ingest.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.sync.ConnectionLifecycle;
import health.falcon.ingest.time.Sleeper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Erases everything one ingest service keeps of a user, in an order that leaves nothing
 * behind: imports in flight are cancelled (queued) or awaited (running); for each of the
 * service's providers the grant is revoked at the provider while the token still works
 * and the tokens are deleted ({@link ConnectionLifecycle#disconnect}), a running sync is
 * awaited through the connection's lease, and the connector purges the provider's data,
 * also without a connection; then the kit's collections (scoped to the service's
 * providers, since every service shares them) and the service's own {@link AccountData}.
 * Every step is idempotent, so erasing twice removes nothing the second time and an
 * interrupted erasure completes when asked again.
 */
class AccountErasure {

	private static final Logger logger = LoggerFactory.getLogger(AccountErasure.class);

	/** The kit's collections scoped by {@code userId} and {@code provider}. */
	static final List<String> KIT_COLLECTIONS = List.of("quarantined_records", "raw_payloads", "sync_runs",
			"oauth_states", ImportedFiles.COLLECTION);

	/** The key counting the kept upload files of imports in flight. */
	static final String KEPT_FILES = "kept_files";

	private static final Duration POLL = Duration.ofSeconds(1);

	private final ProviderConnectors connectors;

	private final ConnectionLifecycle lifecycle;

	private final ConnectionStore store;

	private final MongoOperations mongo;

	private final @Nullable FileImports imports;

	private final List<AccountData> accountData;

	private final Clock clock;

	private final Sleeper sleeper;

	private final IngestProperties.Lease lease;

	AccountErasure(ProviderConnectors connectors, ConnectionLifecycle lifecycle, ConnectionStore store,
			MongoOperations mongo, @Nullable FileImports imports, List<AccountData> accountData, Clock clock,
			Sleeper sleeper, IngestProperties.Lease lease) {
		this.connectors = connectors;
		this.lifecycle = lifecycle;
		this.store = store;
		this.mongo = mongo;
		this.imports = imports;
		this.accountData = accountData;
		this.clock = clock;
		this.sleeper = sleeper;
		this.lease = lease;
	}

	/**
	 * Erase the user's data in this service.
	 * @param userId the owner, from the signed-in user's token
	 * @return what was removed: per provider the records its connector purged, per
	 * collection the documents removed, and {@value #KEPT_FILES}
	 * @throws ErasureBusyException when a sync or an import of the user did not end in
	 * time
	 */
	Map<String, Long> erase(String userId) {
		Map<String, Long> removed = new LinkedHashMap<>();
		removed.put(KEPT_FILES, cancelImports(userId));
		List<String> providers = new ArrayList<>();
		for (ProviderConnectors.Registered registered : this.connectors.all()) {
			ProviderConnector connector = registered.connector();
			providers.add(connector.providerId());
			endConnection(userId, connector.providerId());
			add(removed, connector.providerId(), connector.purge(userId));
		}
		Set<String> scoped = new LinkedHashSet<>(providers);
		if (this.imports != null) {
			scoped.addAll(this.imports.providers());
		}
		for (String collection : KIT_COLLECTIONS) {
			add(removed, collection, remove(collection, query(where("userId").is(userId).and("provider").in(scoped))));
		}
		List<String> ids = providers.stream().map((provider) -> Connection.id(userId, provider)).toList();
		add(removed, ConnectionsCollection.COLLECTION,
				remove(ConnectionsCollection.COLLECTION, query(where(ConnectionsCollection.ID).in(ids))));
		for (AccountData data : this.accountData) {
			data.erase(userId).forEach((collection, count) -> add(removed, collection, count));
		}
		logger.info("Erased a user's data: {}", removed);
		return removed;
	}

	private long cancelImports(String userId) {
		if (this.imports == null) {
			return 0;
		}
		try {
			return this.imports.cancel(userId, this.lease.maxWait());
		}
		catch (IllegalStateException ex) {
			throw new ErasureBusyException("file import");
		}
	}

	/**
	 * Revoke and delete the tokens, then wait for a running sync to end: without tokens
	 * its next call fails, and once the lease is ours nothing writes for the user any
	 * more. The lease goes with the connection document, removed last.
	 */
	private void endConnection(String userId, String provider) {
		if (!this.lifecycle.disconnect(userId, provider, false)) {
			return;
		}
		String id = Connection.id(userId, provider);
		String owner = "erasure-" + UUID.randomUUID();
		Instant deadline = this.clock.instant().plus(this.lease.maxWait());
		while (this.store.tryLease(id, owner, this.clock.instant(), this.lease.ttl()) == null) {
			Duration remaining = Duration.between(this.clock.instant(), deadline);
			if (remaining.isNegative() || remaining.isZero()) {
				throw new ErasureBusyException(provider + " sync");
			}
			this.sleeper.sleep((remaining.compareTo(POLL) < 0) ? remaining : POLL);
		}
	}

	private long remove(String collection, Query query) {
		return this.mongo.remove(query, collection).getDeletedCount();
	}

	private static void add(Map<String, Long> removed, String key, long count) {
		removed.merge(key, count, Long::sum);
	}

}
