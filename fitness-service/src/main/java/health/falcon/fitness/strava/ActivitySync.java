package health.falcon.fitness.strava;

import java.util.ArrayList;
import java.util.List;

import health.falcon.fitness.activity.Activity;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.ActivityStore.UpsertResult;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.SyncContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * One sync of the {@code activities} stream: new data first, then the history backfill,
 * newest first. The cursor is the epoch second of the newest {@code start_date} stored;
 * runs read pages of {@code GET /athlete/activities?after=..} (oldest first) from a
 * configurable overlap before it until an empty page. While the newest-first backfill
 * runs, the first run only sets the cursor to now, and {@link ActivityHistory} reads the
 * history. Each page is archived and written in one bulk upsert, and only then is the
 * cursor advanced, so a crash repeats at most one page, which the upserts make harmless.
 * Without a newest-first backfill (one of the old code, finished through the cursor) the
 * first run reads forward from the backfill horizon.
 */
@Component
class ActivitySync {

	static final String STREAM = "activities";

	private final ActivityReader reader;

	private final ActivityStore store;

	private final DetailBacklog backlog;

	private final ActivityDetails details;

	private final FitnessProperties.Strava properties;

	private final ActivityHistory history;

	ActivitySync(ActivityReader reader, ActivityStore store, DetailBacklog backlog, ActivityDetails details,
			FitnessProperties properties) {
		this.reader = reader;
		this.store = store;
		this.backlog = backlog;
		this.details = details;
		this.properties = properties.strava();
		this.history = new ActivityHistory(reader, (context, records) -> writePage(context, records).count(),
				this.properties);
	}

	void run(SyncContext context, StravaApi api) {
		newActivities(context, api);
		this.history.run(context, api);
		this.details.fillBacklog(context, api);
	}

	private void newActivities(SyncContext context, StravaApi api) {
		String cursor = context.cursor(STREAM);
		BackfillState backfill = context.backfill();
		if (cursor == null && backfill != null && !backfill.completed()) {
			context.advance(STREAM, Long.toString(context.clock().instant().getEpochSecond()), 0);
			return;
		}
		long newest = (cursor != null) ? Long.parseLong(cursor) : context.backfillFrom().getEpochSecond();
		long after = (cursor != null) ? Math.max(0, newest - this.properties.overlap().toSeconds()) : newest;
		boolean complete = false;
		for (int page = 1; page <= this.properties.maxPagesPerRun() && !complete; page++) {
			String body = api.activities(after, null, page, this.properties.pageSize());
			List<JsonNode> records = this.reader.records(body);
			complete = records.isEmpty();
			if (!complete) {
				context.archive("athlete-activities-page", body);
				PageWritten written = writePage(context, records);
				newest = Math.max(newest, written.newestStart());
				context.advance(STREAM, Long.toString(newest), written.count());
			}
		}
	}

	private PageWritten writePage(SyncContext context, List<JsonNode> records) {
		List<Activity> activities = new ArrayList<>(records.size());
		long newest = 0;
		for (JsonNode record : records) {
			this.reader.activity(record, context).ifPresent(activities::add);
		}
		for (Activity activity : activities) {
			newest = Math.max(newest, activity.time().instant().getEpochSecond());
		}
		UpsertResult result = this.store.upsertAll(activities);
		this.backlog.addAll(context.userId(), ActivityMapper.PROVIDER, result.inserted());
		return new PageWritten(newest, result.written());
	}

	/**
	 * What one page wrote.
	 *
	 * @param newestStart epoch second of the newest start among the page's activities
	 * @param count activities inserted or changed
	 */
	private record PageWritten(long newestStart, int count) {

	}

}
