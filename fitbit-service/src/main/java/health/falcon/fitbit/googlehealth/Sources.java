package health.falcon.fitbit.googlehealth;

import health.falcon.ingest.spi.SyncContext;
import health.falcon.model.Source;

/**
 * Provenance of what the connector writes: provider {@code fitbit}, a source id naming
 * the Google Health record or query, the run, and when it was received.
 */
final class Sources {

	static final String PROVIDER = "fitbit";

	private Sources() {
	}

	static Source of(SyncContext context, String sourceId) {
		return new Source(PROVIDER, sourceId, context.runId(), context.clock().instant());
	}

}
