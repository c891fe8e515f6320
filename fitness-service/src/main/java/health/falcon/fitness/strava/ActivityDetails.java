package health.falcon.fitness.strava;

import java.util.List;
import java.util.Optional;

import health.falcon.fitness.activity.Activity;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.SyncContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;

/**
 * Fetches {@code GET /activities/{id}} for fields that only DetailedActivity has
 * (calories): for activities on the backlog, at most
 * {@code falcon.fitness.detail-fetches-per-run} per run, and for webhook events. Each
 * request goes through the kit's rate budget, which waits or defers the run when the read
 * window is spent; what is left stays on the backlog for later runs.
 */
@Component
class ActivityDetails {

	private final ActivityReader reader;

	private final ActivityStore store;

	private final DetailBacklog backlog;

	private final int perRun;

	ActivityDetails(ActivityReader reader, ActivityStore store, DetailBacklog backlog, FitnessProperties properties) {
		this.reader = reader;
		this.store = store;
		this.backlog = backlog;
		this.perRun = properties.detailFetchesPerRun();
	}

	/**
	 * Work through the backlog, bounded per run.
	 * @param context the run
	 * @param api the run's client
	 */
	void fillBacklog(SyncContext context, StravaApi api) {
		List<String> pending = this.backlog.next(context.userId(), ActivityMapper.PROVIDER, this.perRun);
		int written = 0;
		for (String sourceId : pending) {
			written += fetch(context, api, sourceId);
		}
		if (written > 0) {
			context.recordWritten(written);
		}
	}

	/**
	 * Fetch one activity with its details and store it; an activity Strava no longer
	 * shows (404: deleted, or made private without {@code activity:read_all}) is soft
	 * deleted; an activity of another athlete is left alone.
	 * @param context the run
	 * @param api the run's client
	 * @param sourceId the activity id
	 * @return 1 when the stored activity changed, otherwise 0
	 */
	int fetch(SyncContext context, StravaApi api, String sourceId) {
		String body;
		try {
			body = api.activity(Long.parseLong(sourceId));
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() != HttpStatus.NOT_FOUND.value()) {
				throw ex;
			}
			this.backlog.remove(context.userId(), ActivityMapper.PROVIDER, sourceId);
			boolean deleted = this.store.softDelete(context.userId(), ActivityMapper.PROVIDER, sourceId,
					context.clock().instant());
			return deleted ? 1 : 0;
		}
		if (!this.reader.ownedBy(body, context.accountId())) {
			// A forged event can name any activity id, so another athlete's
			// activity is never stored for this user.
			this.backlog.remove(context.userId(), ActivityMapper.PROVIDER, sourceId);
			return 0;
		}
		context.archive("activity", body);
		Optional<Activity> activity = this.reader.activity(body, context);
		this.backlog.remove(context.userId(), ActivityMapper.PROVIDER, sourceId);
		return activity.map((detailed) -> this.store.upsertAll(List.of(detailed)).written()).orElse(0);
	}

}
