package health.falcon.fitness.strava;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import health.falcon.fitness.activity.Activity;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.ActivityStore.UpsertResult;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * One sync of the {@code activities} stream. The cursor is the epoch second of the newest
 * {@code start_date} stored. The first run starts at the kit's backfill horizon; later
 * runs start a configurable overlap before the cursor. Pages of
 * {@code GET /athlete/activities?after=..} (oldest first) are read until an empty one;
 * each page is archived, written in one bulk upsert, and only then is the cursor
 * advanced, so a crash repeats at most one page, which the upserts make harmless.
 */
@Component
class ActivitySync {

	static final String STREAM = "activities";

	private final ActivityReader reader;

	private final ActivityStore store;

	private final DetailBacklog backlog;

	private final ActivityDetails details;

	private final FitnessProperties.Strava properties;

	ActivitySync(ActivityReader reader, ActivityStore store, DetailBacklog backlog, ActivityDetails details,
			FitnessProperties properties) {
		this.reader = reader;
		this.store = store;
		this.backlog = backlog;
		this.details = details;
		this.properties = properties.strava();
	}

	void run(SyncContext context, StravaApi api) {
		String cursor = context.cursor(STREAM);
		Instant from = context.backfillFrom();
		boolean backfill = cursor == null || context.trigger() == SyncTrigger.BACKFILL;
		long newest = (cursor != null) ? Long.parseLong(cursor) : from.getEpochSecond();
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
				if (backfill) {
					context.backfillProgress(from, Instant.ofEpochSecond(newest));
				}
			}
		}
		if (backfill && complete) {
			context.backfillProgress(from, context.clock().instant());
		}
		this.details.fillBacklog(context, api);
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
