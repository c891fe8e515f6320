package health.falcon.fitness.webhook;

import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.strava.StravaActivityUpdates;
import health.falcon.ingest.api.GrantCheck;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes one look that Strava events asked for, always with the user's own token in a kit
 * run (lease, token refresh, rate budget, {@code sync_runs}). An activity is re-read with
 * {@code GET /activities/{id}}: upserted when Strava has it, soft-deleted only when
 * Strava answers 404, unchanged on any other failure; a look that only comes from
 * {@code delete} events costs no call when no such activity is stored. A deauthorization
 * revokes the connection and purges its data only when Strava confirms the grant is gone
 * (the forced refresh is refused, or the probe gets 401).
 */
@Component
class StravaEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(StravaEventHandler.class);

	private static final String PROVIDER = "strava";

	private final IngestOperations ingest;

	private final StravaActivityUpdates updates;

	private final ActivityStore store;

	StravaEventHandler(IngestOperations ingest, StravaActivityUpdates updates, ActivityStore store) {
		this.ingest = ingest;
		this.updates = updates;
		this.store = store;
	}

	void handle(Look look) {
		switch (look.kind()) {
			case ACTIVITY -> activity(look);
			case GRANT -> grant(look);
		}
	}

	private void activity(Look look) {
		long activityId = look.key().objectId();
		if (!look.readRequired() && !this.store.isLive(look.userId(), PROVIDER, Long.toString(activityId))) {
			logger.debug("A Strava delete event names no stored activity; nothing to look at");
			return;
		}
		RunOutcome outcome = this.ingest.run(look.userId(), PROVIDER, SyncTrigger.WEBHOOK,
				(context) -> this.updates.refresh(context, activityId));
		logger.debug("Strava activity look ended {}", outcome.status());
	}

	private void grant(Look look) {
		GrantCheck check = this.ingest.checkGrant(look.userId(), PROVIDER, SyncTrigger.WEBHOOK, this.updates::probe);
		if (check == GrantCheck.REVOKED) {
			logger.info("Strava confirmed a deauthorization; revoking the connection and purging its data");
			this.ingest.revokedByProvider(look.userId(), PROVIDER);
		}
		else {
			logger.info("A Strava deauthorization event was not confirmed ({}); nothing changed", check);
		}
	}

}
