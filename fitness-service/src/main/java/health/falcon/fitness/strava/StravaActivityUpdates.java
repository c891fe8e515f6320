package health.falcon.fitness.strava;

import health.falcon.ingest.spi.SyncContext;

import org.springframework.stereotype.Component;

/**
 * Targeted work for webhook events, inside a run the kit provides: fetch one activity
 * with its details and store it, or probe whether the grant still works.
 */
@Component
public class StravaActivityUpdates {

	private final StravaClients clients;

	private final ActivityDetails details;

	StravaActivityUpdates(StravaClients clients, ActivityDetails details) {
		this.clients = clients;
		this.details = details;
	}

	/**
	 * Fetch {@code GET /activities/{id}} and upsert the activity (soft-deleting it when
	 * Strava answers 404), counting the write on the run.
	 * @param context the run
	 * @param activityId the Strava activity id
	 */
	public void refresh(SyncContext context, long activityId) {
		int written = this.details.fetch(context, this.clients.create(context.api()), Long.toString(activityId));
		context.recordWritten(written);
	}

	/**
	 * One cheap call that every accepted grant allows ({@code activity:read} is required
	 * at connect): the newest activity, {@code GET /athlete/activities?per_page=1}. It
	 * writes nothing; the kit turns a 401 into {@code NEEDS_RECONNECT}.
	 * @param context the run
	 */
	public void probe(SyncContext context) {
		this.clients.create(context.api()).activities(0L, null, 1, 1);
	}

}
