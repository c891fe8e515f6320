package health.falcon.fitness.strava;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.SyncContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Finds deletions whose webhook was missed: lists every activity Strava returns for the
 * synced window ({@code GET /athlete/activities?after=<backfill horizon>&before=<now>},
 * page by page until an empty page) and soft-deletes the stored activities that started
 * inside that window but are no longer listed. Only a complete listing deletes anything:
 * a failed page, an unreadable page or record, or the page limit reached before an empty
 * page ends the reconciliation with nothing deleted.
 */
@Component
public class StravaReconciliation {

	private static final Logger logger = LoggerFactory.getLogger(StravaReconciliation.class);

	private final StravaClients clients;

	private final ActivityReader reader;

	private final ActivityStore store;

	private final DetailBacklog backlog;

	private final FitnessProperties.Strava properties;

	StravaReconciliation(StravaClients clients, ActivityReader reader, ActivityStore store, DetailBacklog backlog,
			FitnessProperties properties) {
		this.clients = clients;
		this.reader = reader;
		this.store = store;
		this.backlog = backlog;
		this.properties = properties.strava();
	}

	/**
	 * Reconcile one connection and count the soft-deleted activities on the run.
	 * @param context the run
	 * @return how many activities were soft-deleted
	 * @throws IncompleteListingException when the listing was cut short (nothing was
	 * deleted); provider failures propagate the same way, also with nothing deleted
	 */
	public int reconcile(SyncContext context) {
		Instant now = context.clock().instant();
		Instant after = context.backfillFrom();
		Set<String> listed = listAll(this.clients.create(context.api()), after.getEpochSecond(), now.getEpochSecond());
		List<String> stored = this.store.liveSourceIdsBetween(context.userId(), ActivityMapper.PROVIDER, after, now);
		int deleted = 0;
		for (String sourceId : stored) {
			if (!listed.contains(sourceId)) {
				this.backlog.remove(context.userId(), ActivityMapper.PROVIDER, sourceId);
				deleted += this.store.softDelete(context.userId(), ActivityMapper.PROVIDER, sourceId, now) ? 1 : 0;
			}
		}
		context.recordDeleted(deleted);
		logger.info("Reconciled Strava activities: {} listed, {} stored in the window, {} soft-deleted", listed.size(),
				stored.size(), deleted);
		return deleted;
	}

	private Set<String> listAll(StravaApi api, long after, long before) {
		Set<String> listed = new HashSet<>();
		for (int page = 1; page <= this.properties.maxPagesPerRun(); page++) {
			List<JsonNode> records = this.reader
				.records(api.activities(after, before, page, this.properties.pageSize()));
			if (records.isEmpty()) {
				return listed;
			}
			for (JsonNode record : records) {
				JsonNode id = record.get("id");
				if (id == null || !id.isIntegralNumber()) {
					throw new IncompleteListingException("a listed activity has no readable id");
				}
				listed.add(id.asString());
			}
		}
		throw new IncompleteListingException(
				"the listing did not end within " + this.properties.maxPagesPerRun() + " pages");
	}

	/**
	 * Strava's listing could not be read completely, so nothing was deleted.
	 */
	public static class IncompleteListingException extends RuntimeException {

		IncompleteListingException(String reason) {
			super("Reconciliation stopped, nothing deleted: " + reason);
		}

	}

}
