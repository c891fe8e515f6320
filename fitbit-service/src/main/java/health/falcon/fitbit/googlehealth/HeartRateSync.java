package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.model.Source;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The {@code heart-rate} stream of new data. The cursor is the end of the last
 * physical-time window read completely (an RFC 3339 instant). While the newest-first
 * backfill runs, the first run only sets the cursor to now ({@link HistoryBackfill} reads
 * everything before); without one (a backfill of the old code, finished through the
 * cursors) it starts at the backfill horizon. Later runs start an overlap before the
 * cursor. Windows are read oldest first; inside one, pages come newest first and are
 * merged into the {@link HeartRateStore} one by one (each merge followed by an
 * {@code advance} that keeps the window's start, renewing the lease), and the cursor
 * moves to the window's end once its last page is stored.
 */
@Component
class HeartRateSync {

	static final String STREAM = "heart-rate";

	private final DataPointPages pages;

	private final HeartRateStore store;

	private final FitbitProperties.GoogleHealth properties;

	HeartRateSync(DataPointPages pages, HeartRateStore store, FitbitProperties properties) {
		this.pages = pages;
		this.store = store;
		this.properties = properties.googleHealth();
	}

	void run(SyncContext context, GoogleHealthApi api) {
		Instant now = context.clock().instant();
		String cursor = context.cursor(STREAM);
		if (cursor == null && HistoryBackfill.running(context)) {
			context.advance(STREAM, now.toString(), 0);
			return;
		}
		Instant start = (cursor != null) ? Instant.parse(cursor).minus(this.properties.heartRateOverlap())
				: context.backfillFrom();
		for (int windows = 0; start.isBefore(now) && windows < this.properties.maxWindowsPerRun(); windows++) {
			Instant end = min(start.plus(this.properties.heartRateWindow()), now);
			String windowStart = start.toString();
			fetch(context, api, start, end, (written) -> context.advance(STREAM, windowStart, written));
			context.advance(STREAM, end.toString(), 0);
			start = end;
		}
	}

	/**
	 * Read and store the readings of a physical time range, page by page.
	 * @param context the run
	 * @param from the first instant included
	 * @param to the first instant excluded
	 * @param pageWritten told how many days each page created or changed
	 */
	void fetch(SyncContext context, GoogleHealthApi api, Instant from, Instant to, IntConsumer pageWritten) {
		HealthDataType type = HealthDataType.HEART_RATE;
		this.pages.forEach(context, api, type, type.filter(from, to), this.properties.pageSize(), (points) -> {
			List<HeartRateSample> samples = samples(context, points);
			int written = samples.isEmpty() ? 0 : this.store.merge(context.userId(), samples, source(context));
			pageWritten.accept(written);
		});
	}

	/**
	 * Make the stored readings of a physical time range what Google holds now (after a
	 * deletion): read every page first, then remove the stored samples of the range and
	 * merge the ones read. A failed read removes nothing.
	 * @param context the run
	 * @param from the first instant included
	 * @param to the first instant excluded
	 * @return how many days changed
	 */
	int replace(SyncContext context, GoogleHealthApi api, Instant from, Instant to) {
		HealthDataType type = HealthDataType.HEART_RATE;
		List<HeartRateSample> samples = new ArrayList<>();
		this.pages.forEach(context, api, type, type.filter(from, to), this.properties.pageSize(),
				(points) -> samples.addAll(samples(context, points)));
		int removed = this.store.remove(context.userId(), from, to, source(context));
		int merged = samples.isEmpty() ? 0 : this.store.merge(context.userId(), samples, source(context));
		return Math.max(removed, merged);
	}

	private static List<HeartRateSample> samples(SyncContext context, List<JsonNode> points) {
		List<HeartRateSample> samples = new ArrayList<>(points.size());
		for (JsonNode point : points) {
			try {
				samples.add(HeartRateMapper.sample(point));
			}
			catch (UnmappableDataPointException ex) {
				context.quarantine(DataPointPages.recordId(point), ex.getMessage(), point.toString());
			}
		}
		return samples;
	}

	private static Source source(SyncContext context) {
		return Sources.of(context, "google-health:heart-rate");
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
