package health.falcon.fitness.strava;

import health.falcon.ingest.spi.SyncContext;

import org.springframework.stereotype.Component;

/**
 * Targeted work on single Strava activities, for webhook events: fetch one activity with
 * its details and store it, inside a run the kit provides.
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

}
