package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.ingest.spi.SyncContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The {@code sleep} stream (a Session type; sleep is filtered on its interval's end time,
 * at most 25 sessions a page). The cursor is the instant up to which sessions that ended
 * were read. Every run reads again from the start of the settle window at the latest,
 * because Google reprocesses a night the next morning. While the newest-first backfill
 * runs, the first run only sets the cursor to now ({@link HistoryBackfill} reads what
 * ended before).
 */
@Component
class SleepSync {

	static final String STREAM = "sleep";

	private final DataPointPages pages;

	private final SleepStore store;

	private final FitbitProperties.GoogleHealth properties;

	SleepSync(DataPointPages pages, SleepStore store, FitbitProperties properties) {
		this.pages = pages;
		this.store = store;
		this.properties = properties.googleHealth();
	}

	void run(SyncContext context, GoogleHealthApi api, ZoneId zone) {
		Instant now = context.clock().instant();
		String cursor = context.cursor(STREAM);
		if (cursor == null && HistoryBackfill.running(context)) {
			context.advance(STREAM, now.toString(), 0);
			return;
		}
		Instant settleFrom = LocalDate.ofInstant(now, zone)
			.minusDays(this.properties.settleDays() - 1L)
			.atStartOfDay(zone)
			.toInstant();
		Instant from = context.backfillFrom();
		if (cursor != null) {
			Instant next = Instant.parse(cursor);
			from = next.isBefore(settleFrom) ? next : settleFrom;
		}
		String start = from.toString();
		fetch(context, api, from, now, (written) -> context.advance(STREAM, start, written));
		context.advance(STREAM, now.toString(), 0);
	}

	/**
	 * Read and store the sessions that ended in a physical time range.
	 * @param context the run
	 * @param from the first end instant included
	 * @param to the first end instant excluded
	 * @param pageWritten told how many sessions each page inserted or changed
	 */
	void fetch(SyncContext context, GoogleHealthApi api, Instant from, Instant to, IntConsumer pageWritten) {
		fetch(context, api, from, to, pageWritten, new ArrayList<>());
	}

	/**
	 * Make the stored sessions that ended in a physical time range what Google holds now
	 * (after a deletion): read and store them, then delete the stored sessions of the
	 * range that Google no longer reports. A failed read deletes nothing.
	 * @param context the run
	 * @param from the first end instant included
	 * @param to the first end instant excluded
	 * @return how many sessions were stored, changed or deleted
	 */
	int replace(SyncContext context, GoogleHealthApi api, Instant from, Instant to) {
		List<Instant> reported = new ArrayList<>();
		int[] written = new int[1];
		fetch(context, api, from, to, (page) -> written[0] += page, reported);
		return written[0] + (int) this.store.removeEndedBetween(context.userId(), from, to, reported);
	}

	private void fetch(SyncContext context, GoogleHealthApi api, Instant from, Instant to, IntConsumer pageWritten,
			List<Instant> reported) {
		HealthDataType type = HealthDataType.SLEEP;
		this.pages.forEach(context, api, type, type.filter(from, to), this.properties.sleepPageSize(), (points) -> {
			List<SleepSession> sessions = new ArrayList<>(points.size());
			for (JsonNode point : points) {
				try {
					sessions.add(SleepMapper.session(point));
				}
				catch (UnmappableDataPointException | ArithmeticException ex) {
					context.quarantine(DataPointPages.recordId(point), reason(ex), point.toString());
				}
			}
			sessions.forEach((session) -> reported.add(session.start()));
			int written = sessions.isEmpty() ? 0 : this.store.upsert(context.userId(),
					SleepMapper.settleMainSleep(sessions), Sources.of(context, "google-health:sleep"));
			pageWritten.accept(written);
		});
	}

	private static String reason(RuntimeException ex) {
		return (ex instanceof UnmappableDataPointException) ? ex.getMessage() : "value out of range";
	}

}
