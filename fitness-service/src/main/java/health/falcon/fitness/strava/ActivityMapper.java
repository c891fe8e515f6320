package health.falcon.fitness.strava;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import health.falcon.fitness.activity.Activity;
import health.falcon.model.MeasurementTime;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Maps a Strava activity to Falcon's {@link Activity}. Pure: no I/O, no clock.
 * <p>
 * Time: {@code start_date} is the UTC instant. {@code start_date_local} is the local wall
 * time written with a trailing {@code Z} that is not UTC; the local date comes from it
 * and the offset is its difference to {@code start_date} (so daylight saving time is
 * right even when the {@code timezone} label shows the standard offset). The zone id is
 * the region of {@code timezone} when Java knows it, otherwise {@code null}; without a
 * local time the offset falls back to {@code utc_offset}. Strava states the zone, so it
 * is never marked assumed.
 */
final class ActivityMapper {

	static final String PROVIDER = "strava";

	private ActivityMapper() {
	}

	/**
	 * Map one activity.
	 * @param strava the activity as received
	 * @param userId the owner
	 * @param runId the ingest run writing it
	 * @param receivedAt when it was received
	 * @return the activity
	 * @throws UnmappableActivityException when it cannot be stored
	 */
	static Activity map(StravaActivity strava, String userId, String runId, Instant receivedAt) {
		if (strava.id() == null) {
			throw new UnmappableActivityException("missing id");
		}
		String raw = (strava.sportType() != null) ? strava.sportType() : strava.type();
		return new Activity(userId, new Source(PROVIDER, String.valueOf(strava.id()), runId, receivedAt), strava.name(),
				SportTypes.normalize(raw), raw, time(strava), nonNegative(strava.elapsedTime(), "elapsed_time"),
				nonNegative(strava.movingTime(), "moving_time"), nonNegative(strava.distance(), "distance"),
				strava.totalElevationGain(), nonNegative(strava.averageSpeed(), "average_speed"),
				nonNegative(strava.maxSpeed(), "max_speed"), positive(strava.averageHeartrate()),
				positive(strava.maxHeartrate()), positive(strava.calories()), strava.kilojoules());
	}

	static MeasurementTime time(StravaActivity strava) {
		Instant instant = instant(strava.startDate(), "start_date");
		ZoneId zone = zone(strava.timezone());
		ZoneOffset offset = offset(strava, instant, zone);
		LocalDateTime local = LocalDateTime.ofInstant(instant, offset);
		return new MeasurementTime(instant, offset, zone, local.toLocalDate(), false);
	}

	private static ZoneOffset offset(StravaActivity strava, Instant instant, @Nullable ZoneId zone) {
		try {
			if (strava.startDateLocal() != null) {
				LocalDateTime wall = LocalDateTime.ofInstant(instant(strava.startDateLocal(), "start_date_local"),
						ZoneOffset.UTC);
				long seconds = Duration.between(instant, wall.toInstant(ZoneOffset.UTC)).getSeconds();
				return ZoneOffset.ofTotalSeconds(Math.toIntExact(seconds));
			}
			if (strava.utcOffset() != null) {
				return ZoneOffset.ofTotalSeconds(strava.utcOffset().intValue());
			}
			if (zone != null) {
				return zone.getRules().getOffset(instant);
			}
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new UnmappableActivityException("start_date_local is too far from start_date");
		}
		throw new UnmappableActivityException("missing start_date_local and utc_offset");
	}

	private static Instant instant(@Nullable String value, String field) {
		if (value == null) {
			throw new UnmappableActivityException("missing " + field);
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeException ex) {
			throw new UnmappableActivityException("unreadable " + field);
		}
	}

	/**
	 * The region of a Strava time zone label such as
	 * {@code (GMT-08:00) America/Los_Angeles}.
	 * @param timezone the label
	 * @return the zone, or {@code null} when absent or unknown
	 */
	static @Nullable ZoneId zone(@Nullable String timezone) {
		if (timezone == null) {
			return null;
		}
		String region = timezone.substring(timezone.indexOf(')') + 1).trim();
		if (region.isEmpty() || !ZoneId.getAvailableZoneIds().contains(region)) {
			return null;
		}
		return ZoneId.of(region);
	}

	private static <T extends Number> @Nullable T nonNegative(@Nullable T value, String field) {
		if (value != null && value.doubleValue() < 0) {
			throw new UnmappableActivityException("negative " + field);
		}
		return value;
	}

	private static @Nullable Double positive(@Nullable Double value) {
		// Strava reports 0 for heart rate and calories it did not measure
		return (value != null && value > 0) ? value : null;
	}

}
