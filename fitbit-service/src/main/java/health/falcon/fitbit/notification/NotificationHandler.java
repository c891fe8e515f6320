package health.falcon.fitbit.notification;

import java.util.Optional;

import health.falcon.fitbit.googlehealth.TargetedRefetch;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.spi.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Acts on one notification: finds the Falcon user by {@code healthUserId} (from
 * {@code fitbit_profiles}), then re-reads the named data type and intervals in a
 * {@code WEBHOOK} run; for {@code operation: DELETE} the re-read also removes the stored
 * records of those ranges that Google no longer returns. A notification without readable
 * intervals queues a full sync instead (which stores but never removes). Users nobody
 * connected and data types not read here are ignored; re-reads are idempotent, so
 * Google's retries change nothing.
 */
@Component
class NotificationHandler {

	private static final Logger logger = LoggerFactory.getLogger(NotificationHandler.class);

	private static final String PROVIDER = "fitbit";

	private static final String DELETE = "DELETE";

	private final IngestOperations ingest;

	private final FitbitProfileStore profiles;

	private final TargetedRefetch refetch;

	NotificationHandler(IngestOperations ingest, FitbitProfileStore profiles, TargetedRefetch refetch) {
		this.ingest = ingest;
		this.profiles = profiles;
		this.refetch = refetch;
	}

	void handle(HealthNotification notification) {
		Optional<String> userId = this.profiles.userIdForHealthUser(notification.healthUserId())
			.or(() -> this.ingest.userIdForAccount(PROVIDER, notification.healthUserId()));
		if (userId.isEmpty()) {
			logger.debug("Ignoring a {} notification for a user nobody connected", notification.dataType());
			return;
		}
		if (!TargetedRefetch.supports(notification.dataType())) {
			logger.debug("Ignoring a notification about {}", notification.dataType());
			return;
		}
		if (notification.intervals().isEmpty()) {
			this.ingest.requestSync(userId.get(), PROVIDER, SyncTrigger.WEBHOOK);
			return;
		}
		boolean deletion = DELETE.equals(notification.operation());
		RunOutcome outcome = this.ingest.run(userId.get(), PROVIDER, SyncTrigger.WEBHOOK, (context) -> {
			if (deletion) {
				this.refetch.removeDeleted(context, notification.dataType(), notification.intervals());
			}
			else {
				this.refetch.refetch(context, notification.dataType(), notification.intervals());
			}
		});
		logger.debug("{} {} notification ended {}", notification.dataType(), notification.operation(),
				outcome.status());
	}

}
