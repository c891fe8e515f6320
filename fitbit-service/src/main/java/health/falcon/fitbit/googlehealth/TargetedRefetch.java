package health.falcon.fitbit.googlehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import health.falcon.ingest.spi.SyncContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Re-reads what a Google Health notification names (notifications carry no values): the
 * data type and its intervals. Heart rate is read for the physical interval, sleep for
 * sessions ending in it, resting heart rate and daily activity for the whole local days
 * it touches (only the named type, so other metrics of those days stay as stored).
 * Cursors do not move; written records are counted on the run. Data types not read here
 * are ignored. A {@code DELETE} notification re-reads the same ranges and removes what
 * Google no longer returns there ({@link #removeDeleted}).
 */
@Component
public class TargetedRefetch {

	private static final Logger logger = LoggerFactory.getLogger(TargetedRefetch.class);

	private static final int MAX_DAYS_PER_REQUEST = 14;

	private static final Duration SLEEP_END_MARGIN = Duration.ofMinutes(1);

	private final GoogleHealthClients clients;

	private final ProfileSync profiles;

	private final GoogleHealthConnector.Streams streams;

	TargetedRefetch(GoogleHealthClients clients, ProfileSync profiles, GoogleHealthConnector.Streams streams) {
		this.clients = clients;
		this.profiles = profiles;
		this.streams = streams;
	}

	/**
	 * Whether notifications about this data type lead to a re-fetch.
	 * @param dataType the kebab-case data type
	 * @return {@code true} when it is read here
	 */
	public static boolean supports(String dataType) {
		return HealthDataType.fromUrlName(dataType).isPresent();
	}

	/**
	 * Re-read one data type for some intervals, within a run.
	 * @param context the run
	 * @param dataType the kebab-case data type
	 * @param intervals what the notification named
	 */
	public void refetch(SyncContext context, String dataType, List<Interval> intervals) {
		Optional<HealthDataType> type = HealthDataType.fromUrlName(dataType);
		if (type.isEmpty()) {
			logger.debug("Ignoring a notification about {}", dataType);
			return;
		}
		GoogleHealthApi api = this.clients.create(context.api());
		ZoneId zone = this.profiles.ensure(context, api).zone();
		for (Interval interval : intervals) {
			refetch(context, api, type.get(), interval, zone);
		}
	}

	/**
	 * Act on a {@code DELETE} notification within a run: re-read the same ranges as
	 * {@link #refetch} and make the stored records of each range exactly what Google
	 * still returns, removing the rest (heart-rate samples of the physical interval with
	 * their days' rollups recomputed; sleep sessions ending in it; the named daily
	 * metric, or the resting heart rate, of the whole local days it touches). Everything
	 * is read before anything is removed, so a failed read removes nothing; a repeated
	 * notification changes nothing.
	 * @param context the run
	 * @param dataType the kebab-case data type
	 * @param intervals what the notification named
	 */
	public void removeDeleted(SyncContext context, String dataType, List<Interval> intervals) {
		Optional<HealthDataType> type = HealthDataType.fromUrlName(dataType);
		if (type.isEmpty()) {
			logger.debug("Ignoring a deletion of {}", dataType);
			return;
		}
		GoogleHealthApi api = this.clients.create(context.api());
		ZoneId zone = this.profiles.ensure(context, api).zone();
		for (Interval interval : intervals) {
			context.recordWritten(replace(context, api, type.get(), interval, zone));
		}
	}

	private int replace(SyncContext context, GoogleHealthApi api, HealthDataType type, Interval interval, ZoneId zone) {
		return switch (type) {
			case HEART_RATE -> this.streams.heartRate().replace(context, api, interval.start(zone), interval.end(zone));
			case SLEEP -> this.streams.sleep()
				.replace(context, api, interval.start(zone), interval.end(zone).plus(SLEEP_END_MARGIN));
			case DAILY_RESTING_HEART_RATE -> this.streams.resting()
				.replace(context, api, interval.firstDay(zone), interval.lastDay(zone).plusDays(1));
			default -> {
				int written = 0;
				LocalDate to = interval.lastDay(zone).plusDays(1);
				for (LocalDate start = interval.firstDay(zone); start
					.isBefore(to); start = start.plusDays(MAX_DAYS_PER_REQUEST)) {
					LocalDate end = start.plusDays(MAX_DAYS_PER_REQUEST);
					written += this.streams.daily().replace(context, api, start, end.isBefore(to) ? end : to, type);
				}
				yield written;
			}
		};
	}

	private void refetch(SyncContext context, GoogleHealthApi api, HealthDataType type, Interval interval,
			ZoneId zone) {
		switch (type) {
			case HEART_RATE -> this.streams.heartRate()
				.fetch(context, api, interval.start(zone), interval.end(zone), context::recordWritten);
			case SLEEP -> this.streams.sleep()
				.fetch(context, api, interval.start(zone), interval.end(zone).plus(SLEEP_END_MARGIN),
						context::recordWritten);
			case DAILY_RESTING_HEART_RATE -> this.streams.resting()
				.fetch(context, api, interval.firstDay(zone), interval.lastDay(zone).plusDays(1),
						context::recordWritten);
			default -> daily(context, api, type, interval.firstDay(zone), interval.lastDay(zone).plusDays(1));
		}
	}

	private void daily(SyncContext context, GoogleHealthApi api, HealthDataType type, LocalDate from, LocalDate to) {
		for (LocalDate start = from; start.isBefore(to); start = start.plusDays(MAX_DAYS_PER_REQUEST)) {
			LocalDate end = start.plusDays(MAX_DAYS_PER_REQUEST);
			context.recordWritten(
					this.streams.daily().fetch(context, api, start, end.isBefore(to) ? end : to, EnumSet.of(type)));
		}
	}

	/**
	 * One interval of a notification: its physical bounds and its civil days, either of
	 * which may be missing (not both).
	 *
	 * @param start the physical start, if given
	 * @param end the physical end, if given
	 * @param firstDay the civil start date, if given
	 * @param lastDay the civil end date (included), if given
	 */
	public record Interval(@Nullable Instant start, @Nullable Instant end, @Nullable LocalDate firstDay,
			@Nullable LocalDate lastDay) {

		public Interval {
			if ((start == null || end == null) && (firstDay == null || lastDay == null)) {
				throw new IllegalArgumentException("An interval needs physical or civil bounds");
			}
		}

		Instant start(ZoneId zone) {
			return (this.start != null) ? this.start : firstDay(zone).atStartOfDay(zone).toInstant();
		}

		Instant end(ZoneId zone) {
			return (this.end != null) ? this.end : lastDay(zone).plusDays(1).atStartOfDay(zone).toInstant();
		}

		LocalDate firstDay(ZoneId zone) {
			return (this.firstDay != null) ? this.firstDay : LocalDate.ofInstant(start(zone), zone);
		}

		LocalDate lastDay(ZoneId zone) {
			return (this.lastDay != null) ? this.lastDay : LocalDate.ofInstant(end(zone), zone);
		}

	}

}
