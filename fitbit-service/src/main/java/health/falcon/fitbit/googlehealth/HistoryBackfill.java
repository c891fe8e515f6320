package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.BackfillWindows;
import health.falcon.ingest.spi.SyncContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The history import after connecting, newest first: windows of {@code dailyChunkDays}
 * local days, the first ending with today, each read for all four streams (heart rate in
 * {@code heartRateWindow} slices, newest first) before the kit records its first day as
 * {@code backfill.reached}. It never moves a stream cursor: the cursors carry new data
 * from the connection time on, and each run reads them before it spends the rest of its
 * window budget here.
 */
@Component
class HistoryBackfill {

	private static final Logger logger = LoggerFactory.getLogger(HistoryBackfill.class);

	private final GoogleHealthConnector.Streams streams;

	private final FitbitProperties.GoogleHealth properties;

	HistoryBackfill(GoogleHealthConnector.Streams streams, FitbitProperties properties) {
		this.streams = streams;
		this.properties = properties.googleHealth();
	}

	/**
	 * Whether a backfill runs newest first for this connection, so that a stream without
	 * a cursor starts at the connection time rather than at the backfill horizon.
	 * @param context the run
	 * @return whether the backfill is planned and not completed
	 */
	static boolean running(SyncContext context) {
		BackfillState backfill = context.backfill();
		return backfill != null && !backfill.completed();
	}

	void run(SyncContext context, GoogleHealthApi api, ZoneId zone) {
		BackfillWindows.days(context, zone, this.properties.dailyChunkDays(), this.properties.maxWindowsPerRun(),
				(first, until) -> window(context, api, zone, first, until));
	}

	private void window(SyncContext context, GoogleHealthApi api, ZoneId zone, LocalDate first, LocalDate until) {
		Instant now = context.clock().instant();
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = min(until.atStartOfDay(zone).toInstant(), now);
		stream(HeartRateSync.STREAM, () -> heartRate(context, api, start, end));
		stream(RestingHeartRateSync.STREAM, () -> this.streams.resting()
			.fetch(context, api, first, until, (written) -> count(context, RestingHeartRateSync.STREAM, written)));
		stream(SleepSync.STREAM, () -> this.streams.sleep()
			.fetch(context, api, start, end, (written) -> count(context, SleepSync.STREAM, written)));
		stream(DailyActivitySync.STREAM, () -> count(context, DailyActivitySync.STREAM,
				this.streams.daily().fetch(context, api, first, until, DailyActivitySync.ALL)));
	}

	private void heartRate(SyncContext context, GoogleHealthApi api, Instant start, Instant end) {
		for (Instant sliceEnd = end; sliceEnd.isAfter(start);) {
			Instant sliceStart = max(sliceEnd.minus(this.properties.heartRateWindow()), start);
			this.streams.heartRate()
				.fetch(context, api, sliceStart, sliceEnd, (written) -> count(context, HeartRateSync.STREAM, written));
			sliceEnd = sliceStart;
		}
	}

	/**
	 * Count what a backfill page wrote on its stream and renew the lease, keeping the
	 * stream's cursor where new data stands.
	 */
	private static void count(SyncContext context, String stream, int written) {
		String cursor = context.cursor(stream);
		if (cursor != null) {
			context.advance(stream, cursor, written);
		}
		else {
			context.recordWritten(written);
		}
	}

	private static void stream(String name, Runnable stream) {
		try {
			stream.run();
		}
		catch (HttpClientErrorException.Forbidden ex) {
			logger.warn("Skipped the {} stream in a backfill window: Google Health refused it (scope not granted?)",
					name);
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
