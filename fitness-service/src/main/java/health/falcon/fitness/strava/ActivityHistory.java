package health.falcon.fitness.strava;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;

import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.SyncContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The history of the {@code activities} stream, newest first: pages of
 * {@code GET /athlete/activities?before=..&page=1} (no {@code after}, which would turn
 * the order) from {@code backfill.reached} (now before the first page) back to
 * {@code backfill.from}, at most {@code max-pages-per-run} a run. Each page is stored,
 * then {@code reached} moves to one second after the page's oldest start (activities
 * sharing that second are read again rather than skipped) and the next page asks
 * {@code before} that; a crash resumes there. A page reaching past {@code from} (its
 * older activities are left out) or an empty page completes the backfill. The cursor of
 * new activities stays where it is.
 */
class ActivityHistory {

	private static final Logger logger = LoggerFactory.getLogger(ActivityHistory.class);

	private final ActivityReader reader;

	private final PageWriter writer;

	private final FitnessProperties.Strava properties;

	ActivityHistory(ActivityReader reader, PageWriter writer, FitnessProperties.Strava properties) {
		this.reader = reader;
		this.writer = writer;
		this.properties = properties;
	}

	void run(SyncContext context, StravaApi api) {
		BackfillState backfill = context.backfill();
		if (backfill == null || backfill.completed()) {
			return;
		}
		Instant from = backfill.from();
		long before = backfill.newestEdge(context.clock().instant()).getEpochSecond();
		for (int page = 1; page <= this.properties.maxPagesPerRun(); page++) {
			String body = api.activities(null, before, 1, this.properties.pageSize());
			List<JsonNode> records = this.reader.records(body);
			OptionalLong oldest = records.stream()
				.map(ActivityHistory::start)
				.flatMapToLong(OptionalLong::stream)
				.min();
			if (records.isEmpty() || oldest.isEmpty() || oldest.getAsLong() < from.getEpochSecond()) {
				if (!records.isEmpty()) {
					context.archive("athlete-activities-page", body);
					count(context, this.writer.write(context, since(records, from)));
				}
				context.backfillProgress(from, from);
				return;
			}
			context.archive("athlete-activities-page", body);
			count(context, this.writer.write(context, records));
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
		String cursor = context.cursor(ActivitySync.STREAM);
		if (cursor != null) {
			context.advance(ActivitySync.STREAM, cursor, written);
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

	/**
	 * Writes one page of records (archived before) and tells how many activities it
	 * inserted or changed.
	 */
	@FunctionalInterface
	interface PageWriter {

		int write(SyncContext context, List<JsonNode> records);

	}

}
