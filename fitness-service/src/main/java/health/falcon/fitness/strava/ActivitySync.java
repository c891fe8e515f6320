package health.falcon.fitness.strava;

import java.time.Instant;
import java.util.ArrayList;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;

import health.falcon.fitness.activity.Activity;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.ActivityStore.UpsertResult;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.SyncContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * One sync of the {@code activities} stream: new data first, then the history backfill,
 * newest first. The cursor is the epoch second of the newest {@code start_date} stored;
 * runs read pages of {@code GET /athlete/activities?after=..} (oldest first) from a
 * configurable overlap before it until an empty page. While the newest-first backfill
 * runs, the first run only sets the cursor to now; the backfill reads pages of
 * {@code ?before=..} (newest first, no {@code after}, which would turn the order) from
 * {@code backfill.reached} (now before the first page) back to {@code backfill.from}.
 * Each page is archived and written in one bulk upsert, and only then is the cursor
 * advanced or {@code reached} moved back (to one second after the page's oldest start, so
 * that activities sharing that second are read again rather than skipped), so a crash
 * repeats at most one page, which the upserts make harmless. Without a newest-first
 * backfill (one of the old code, finished through the cursor) the first run reads forward
 * from the backfill horizon.
 */
@Component
class ActivitySync {

	static final String STREAM = "activities";

	private static final Logger logger = LoggerFactory.getLogger(ActivitySync.class);

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
		newActivities(context, api);
		history(context, api);
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

	private void history(SyncContext context, StravaApi api) {
		BackfillState backfill = context.backfill();
		if (backfill == null || backfill.completed()) {
			return;
		}
		Instant from = backfill.from();
		long before = backfill.newestEdge(context.clock().instant()).getEpochSecond();
		for (int page = 1; page <= this.properties.maxPagesPerRun(); page++) {
			String body = api.activities(null, before, 1, this.properties.pageSize());
			List<JsonNode> records = this.reader.records(body);
			OptionalLong oldest = records.stream().map(ActivitySync::start).flatMapToLong(OptionalLong::stream).min();
			if (records.isEmpty() || oldest.isEmpty() || oldest.getAsLong() < from.getEpochSecond()) {
				if (!records.isEmpty()) {
					context.archive("athlete-activities-page", body);
					count(context, writePage(context, since(records, from)).count());
				}
				context.backfillProgress(from, from);
				return;
			}
			context.archive("athlete-activities-page", body);
			count(context, writePage(context, records).count());
			long oldestStart = oldest.getAsLong();
			before = (oldestStart + 1 < before) ? oldestStart + 1 : oldestStart;
			context.backfillProgress(from, Instant.ofEpochSecond(before));
		}
	}

	/**
	 * Count a backfill page on the stream and renew the lease, keeping the cursor of new
	 * activities where it is.
	 */
	private static void count(SyncContext context, int written) {
		String cursor = context.cursor(STREAM);
		if (cursor != null) {
			context.advance(STREAM, cursor, written);
		}
		else {
			context.recordWritten(written);
		}
	}

	private static List<JsonNode> since(List<JsonNode> records, Instant from) {
		// activities without a readable start stay, for the reader to quarantine
		return records.stream()
			.filter((record) -> start(record).orElse(Long.MAX_VALUE) >= from.getEpochSecond())
			.toList();
	}

	private static OptionalLong start(JsonNode record) {
		try {
			return OptionalLong.of(Instant.parse(record.path("start_date").asString("")).getEpochSecond());
		}
		catch (DateTimeParseException ex) {
			logger.debug("An activity without a readable start_date on a backfill page");
			return OptionalLong.empty();
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
