package health.falcon.fitness.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.strava.StravaActivityUpdates;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Acts on one Strava event: activity {@code create}/{@code update} fetch and upsert the
 * activity in a webhook run, {@code delete} soft-deletes it, an athlete deauthorization
 * revokes the connection (and the kit purges the athlete's Strava data). Events for
 * athletes nobody connected are ignored; every action is idempotent, so duplicate
 * deliveries change nothing.
 */
@Component
class StravaEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(StravaEventHandler.class);

	private static final String PROVIDER = "strava";

	private final IngestOperations ingest;

	private final StravaActivityUpdates updates;

	private final ActivityStore store;

	private final DetailBacklog backlog;

	private final Clock clock;

	StravaEventHandler(IngestOperations ingest, StravaActivityUpdates updates, ActivityStore store,
			DetailBacklog backlog, Clock clock) {
		this.ingest = ingest;
		this.updates = updates;
		this.store = store;
		this.backlog = backlog;
		this.clock = clock;
	}

	void handle(StravaEvent event) {
		Optional<String> userId = this.ingest.userIdForAccount(PROVIDER, Long.toString(event.ownerId()));
		if (userId.isEmpty()) {
			logger.debug("Ignoring a Strava {} event for an athlete nobody connected", event.objectType());
			return;
		}
		switch (event.objectType()) {
			case "activity" -> activity(userId.get(), event);
			case "athlete" -> athlete(userId.get(), event);
			default -> logger.debug("Ignoring a Strava event about a {}", event.objectType());
		}
	}

	private void activity(String userId, StravaEvent event) {
		long activityId = event.objectId();
		switch (event.aspectType()) {
			case "create", "update" -> {
				event.privacy().ifPresent((hidden) -> logger.debug("Activity privacy changed, private={}", hidden));
				RunOutcome outcome = this.ingest.run(userId, PROVIDER, SyncTrigger.WEBHOOK,
						(context) -> this.updates.refresh(context, activityId));
				logger.debug("Strava activity {} ended {}", event.aspectType(), outcome.status());
			}
			case "delete" -> {
				Instant at = (event.eventTime() != null) ? Instant.ofEpochSecond(event.eventTime())
						: this.clock.instant();
				this.store.softDelete(userId, PROVIDER, Long.toString(activityId), at);
				this.backlog.remove(userId, PROVIDER, Long.toString(activityId));
			}
			default -> logger.debug("Ignoring a Strava activity event of aspect {}", event.aspectType());
		}
	}

	private void athlete(String userId, StravaEvent event) {
		if (event.deauthorization()) {
			logger.info("A Strava athlete revoked Falcon's access; revoking the connection and purging its data");
			this.ingest.revokedByProvider(userId, PROVIDER);
		}
	}

}
