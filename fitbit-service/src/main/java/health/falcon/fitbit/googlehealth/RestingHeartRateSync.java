package health.falcon.fitbit.googlehealth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.ingest.spi.SyncContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The {@code daily-resting-heart-rate} stream (a Daily type, filtered on its civil date).
 * The cursor is the first local day not yet settled (today after a complete run); every
 * run starts no later than the settle window, because Google revises recent days. While
 * the newest-first backfill runs, the first run only sets the cursor to today
 * ({@link HistoryBackfill} reads the days up to today).
 */
@Component
class RestingHeartRateSync {

	static final String STREAM = "daily-resting-heart-rate";

	private final DataPointPages pages;

	private final HeartRateStore store;

	private final FitbitProperties.GoogleHealth properties;

	RestingHeartRateSync(DataPointPages pages, HeartRateStore store, FitbitProperties properties) {
		this.pages = pages;
		this.store = store;
		this.properties = properties.googleHealth();
	}

	void run(SyncContext context, GoogleHealthApi api, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(context.clock().instant(), zone);
		if (context.cursor(STREAM) == null && HistoryBackfill.running(context)) {
			context.advance(STREAM, today.toString(), 0);
			return;
		}
		LocalDate from = LocalDays.from(context.cursor(STREAM), context.backfillFrom(), today, zone,
				this.properties.settleDays());
		String start = from.toString();
		fetch(context, api, from, today.plusDays(1), (written) -> context.advance(STREAM, start, written));
		context.advance(STREAM, today.toString(), 0);
	}

	/**
	 * Read and store the resting heart rate of a range of local days.
	 * @param context the run
	 * @param from the first day included
	 * @param to the first day excluded
	 * @param pageWritten told how many days each page wrote
	 */
	void fetch(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to, IntConsumer pageWritten) {
		fetch(context, api, from, to, pageWritten, new HashSet<>());
	}

	/**
	 * Make the stored resting heart rate of a range of local days what Google holds now
	 * (after a deletion): read and store the days, then clear the days Google no longer
	 * reports a value for. A failed read clears nothing.
	 * @param context the run
	 * @param from the first day included
	 * @param to the first day excluded
	 * @return how many days were written or cleared
	 */
	int replace(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to) {
		Set<LocalDate> reported = new HashSet<>();
		int[] written = new int[1];
		fetch(context, api, from, to, (page) -> written[0] += page, reported);
		List<LocalDate> gone = from.datesUntil(to).filter((day) -> !reported.contains(day)).toList();
		return written[0] + this.store.clearRestingHeartRate(context.userId(), gone);
	}

	private void fetch(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to, IntConsumer pageWritten,
			Set<LocalDate> reported) {
		HealthDataType type = HealthDataType.DAILY_RESTING_HEART_RATE;
		this.pages.forEach(context, api, type, type.filter(from, to), this.properties.pageSize(), (points) -> {
			int written = 0;
			for (JsonNode point : points) {
				try {
					HeartRateMapper.Resting resting = HeartRateMapper.resting(point);
					if (resting.bpm() != null) {
						reported.add(resting.day());
					}
					this.store.restingHeartRate(context.userId(), resting.day(), resting.bpm(),
							Sources.of(context, "google-health:daily-resting-heart-rate:" + resting.day()));
					written++;
				}
				catch (UnmappableDataPointException ex) {
					context.quarantine(DataPointPages.recordId(point), ex.getMessage(), point.toString());
				}
			}
			pageWritten.accept(written);
		});
	}

}
