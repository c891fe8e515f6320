package health.falcon.fitbit.googlehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import health.falcon.fitbit.heartrate.HeartRateSample;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps {@code heart-rate} and {@code daily-resting-heart-rate} data points.
 */
final class HeartRateMapper {

	static final int MAX_BPM = 300;

	private HeartRateMapper() {
	}

	/**
	 * One reading: {@code heartRate{beatsPerMinute, sampleTime{physicalTime,
	 * utcOffset}}}. Without {@code utcOffset} the offset is the civil time's distance
	 * from the physical time.
	 * @throws UnmappableDataPointException when a field is missing or out of range
	 */
	static HeartRateSample sample(JsonNode point) {
		JsonNode heartRate = HealthJson.require(point, "heartRate");
		JsonNode sampleTime = HealthJson.require(heartRate, "sampleTime");
		Instant instant = HealthJson.instant(sampleTime, "physicalTime");
		ZoneOffset offset = (HealthJson.field(sampleTime, "utcOffset") != null)
				? HealthJson.offset(sampleTime, "utcOffset") : civilOffset(sampleTime, instant);
		return new HeartRateSample(instant, offset, bpm(heartRate));
	}

	/**
	 * One day's resting heart rate: {@code dailyRestingHeartRate{date, beatsPerMinute}}.
	 * @return the day and its value ({@code null} when Google reports none)
	 */
	static Resting resting(JsonNode point) {
		JsonNode resting = HealthJson.require(point, "dailyRestingHeartRate");
		LocalDate day = HealthJson.date(resting, "date");
		Integer bpm = (HealthJson.field(resting, "beatsPerMinute") != null) ? bpm(resting) : null;
		return new Resting(day, bpm);
	}

	private static int bpm(JsonNode node) {
		long bpm = HealthJson.int64(node, "beatsPerMinute");
		if (bpm <= 0 || bpm > MAX_BPM) {
			throw new UnmappableDataPointException("beatsPerMinute out of range");
		}
		return (int) bpm;
	}

	private static ZoneOffset civilOffset(JsonNode sampleTime, Instant instant) {
		JsonNode civil = HealthJson.field(sampleTime, "civilTime");
		if (civil == null) {
			throw new UnmappableDataPointException("missing utcOffset");
		}
		JsonNode time = HealthJson.field(civil, "time");
		LocalTime local = LocalTime.of(part(time, "hours"), part(time, "minutes"), part(time, "seconds"));
		LocalDateTime civilTime = LocalDateTime.of(HealthJson.date(civil, "date"), local);
		// offsets are whole minutes; the civil time may lack the physical time's fraction
		long millis = Duration.between(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), civilTime).toMillis();
		return ZoneOffset.ofTotalSeconds((int) Math.round(millis / 60_000.0) * 60);
	}

	private static int part(@Nullable JsonNode time, String name) {
		return (HealthJson.field(time, name) != null) ? (int) HealthJson.int64(time, name) : 0;
	}

	/**
	 * A day's resting heart rate.
	 *
	 * @param bpm beats per minute, or {@code null}
	 */
	record Resting(LocalDate day, @Nullable Integer bpm) {

	}

}
