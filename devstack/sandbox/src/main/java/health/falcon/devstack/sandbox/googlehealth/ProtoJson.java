package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

/**
 * proto3 JSON building blocks as the Google Health API writes them: int64 as strings,
 * durations and offsets as {@code "3600s"}, {@code Date} as {@code {year, month, day}},
 * {@code CivilDateTime} with zero-valued time fields left out.
 */
final class ProtoJson {

	private ProtoJson() {
	}

	static String int64(long value) {
		return Long.toString(value);
	}

	static String offset(ZoneOffset offset) {
		return offset.getTotalSeconds() + "s";
	}

	static String timestamp(Instant instant) {
		return instant.toString();
	}

	static Map<String, Object> date(LocalDate date) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("year", date.getYear());
		json.put("month", date.getMonthValue());
		json.put("day", date.getDayOfMonth());
		return json;
	}

	static Map<String, Object> civil(LocalDateTime dateTime) {
		Map<String, Object> time = new LinkedHashMap<>();
		putNonZero(time, "hours", dateTime.getHour());
		putNonZero(time, "minutes", dateTime.getMinute());
		putNonZero(time, "seconds", dateTime.getSecond());
		putNonZero(time, "nanos", dateTime.getNano());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("date", date(dateTime.toLocalDate()));
		json.put("time", time);
		return json;
	}

	private static void putNonZero(Map<String, Object> json, String key, int value) {
		if (value != 0) {
			json.put(key, value);
		}
	}

	/**
	 * An {@code ObservationSampleTime}.
	 * @param person whose zone applies
	 * @param instant the sample time
	 * @return {@code {physicalTime, utcOffset, civilTime}}
	 */
	static Map<String, Object> sampleTime(SyntheticPerson person, Instant instant) {
		ZoneOffset offset = person.offsetAt(instant);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("physicalTime", timestamp(instant));
		json.put("utcOffset", offset(offset));
		json.put("civilTime", civil(LocalDateTime.ofInstant(instant, offset)));
		return json;
	}

	/**
	 * An {@code ObservationTimeInterval} or {@code SessionTimeInterval}.
	 * @param person whose zone applies
	 * @param withCivil whether to add {@code civilStartTime}/{@code civilEndTime}
	 */
	static Map<String, Object> interval(SyntheticPerson person, Instant start, Instant end, boolean withCivil) {
		ZoneOffset startOffset = person.offsetAt(start);
		ZoneOffset endOffset = person.offsetAt(end);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("startTime", timestamp(start));
		json.put("startUtcOffset", offset(startOffset));
		json.put("endTime", timestamp(end));
		json.put("endUtcOffset", offset(endOffset));
		if (withCivil) {
			json.put("civilStartTime", civil(LocalDateTime.ofInstant(start, startOffset)));
			json.put("civilEndTime", civil(LocalDateTime.ofInstant(end, endOffset)));
		}
		return json;
	}

	static Map<String, Object> dataSource(String recordingMethod) {
		Map<String, Object> device = new LinkedHashMap<>();
		device.put("displayName", "Charge 6");
		device.put("formFactor", "FITNESS_BAND");
		device.put("manufacturer", "Google");
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("platform", "FITBIT");
		json.put("recordingMethod", recordingMethod);
		json.put("device", device);
		return json;
	}

}
