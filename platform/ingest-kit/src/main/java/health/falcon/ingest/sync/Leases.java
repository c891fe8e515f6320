package health.falcon.ingest.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.time.Sleeper;
import org.jspecify.annotations.Nullable;

/**
 * Takes a connection's lease for a run. Scheduled runs do not wait (the next schedule
 * comes soon); other triggers wait up to {@code falcon.ingest.lease.wait} for a running
 * sync to finish.
 */
class Leases {

	private static final Duration POLL = Duration.ofSeconds(1);

	private final ConnectionStore store;

	private final Clock clock;

	private final Sleeper sleeper;

	private final IngestProperties.Lease properties;

	Leases(ConnectionStore store, Clock clock, Sleeper sleeper, IngestProperties.Lease properties) {
		this.store = store;
		this.clock = clock;
		this.sleeper = sleeper;
		this.properties = properties;
	}

	@Nullable Connection acquire(String connectionId, String owner, SyncTrigger trigger) {
		Duration wait = (trigger == SyncTrigger.SCHEDULE) ? Duration.ZERO : this.properties.maxWait();
		Instant deadline = this.clock.instant().plus(wait);
		while (true) {
			Connection leased = this.store.tryLease(connectionId, owner, this.clock.instant(), this.properties.ttl());
			Duration remaining = Duration.between(this.clock.instant(), deadline);
			if (leased != null || remaining.isNegative() || remaining.isZero()) {
				return leased;
			}
			this.sleeper.sleep((remaining.compareTo(POLL) < 0) ? remaining : POLL);
		}
	}

}
