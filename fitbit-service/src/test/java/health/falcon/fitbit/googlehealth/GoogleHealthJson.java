package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Google Health v4 payloads as the API sends them (proto3 JSON: int64 as strings, offsets
 * as {@code "3600s"}, dates as {@code {year, month, day}}); values invented.
 */
final class GoogleHealthJson {

	private GoogleHealthJson() {
	}

	/**
	 * A list page.
	 * @param token the next page token; {@code null} leaves the key out, {@code ""} is
	 * the other way Google marks the last page
	 * @return the body
	 */
	static String page(@Nullable String token, String... points) {
		String tokenField = (token != null) ? ",\"nextPageToken\":\"" + token + "\"" : "";
		return "{\"dataPoints\":[" + String.join(",", points) + "]" + tokenField + "}";
	}

	static String heartRate(String physicalTime, int offsetSeconds, String bpm) {
		return """
				{"dataSource":{"platform":"FITBIT","recordingMethod":"PASSIVELY_MEASURED"},
				 "heartRate":{"beatsPerMinute":"%s","sampleTime":{"physicalTime":"%s","utcOffset":"%ds"},
				 "metadata":{"motionContext":"SEDENTARY","sensorLocation":"WRIST"}}}""".formatted(bpm, physicalTime,
				offsetSeconds);
	}

	static String resting(LocalDate day, String bpm) {
		return """
				{"dataSource":{"platform":"FITBIT","recordingMethod":"DERIVED"},
				 "dailyRestingHeartRate":{"date":%s,"beatsPerMinute":"%s",
				 "dailyRestingHeartRateMetadata":{"calculationMethod":"WITH_SLEEP"}}}""".formatted(date(day), bpm);
	}

	/**
	 * An interval point ({@code steps}, {@code distance}, {@code activeEnergyBurned}).
	 * @param key the JSON key
	 * @param valueField the value's field and JSON value, for example
	 * {@code "count":"112"}
	 * @param offsetSeconds the UTC offset at start and end
	 * @param civil whether to include the civil times
	 * @return the data point
	 */
	static String interval(String key, String valueField, String start, int offsetSeconds, boolean civil) {
		Instant startTime = Instant.parse(start);
		Instant endTime = startTime.plusSeconds(60);
		String civilTimes = civil ? ",\"civilStartTime\":" + civil(startTime, offsetSeconds) + ",\"civilEndTime\":"
				+ civil(endTime, offsetSeconds) : "";
		return """
				{"dataSource":{"platform":"FITBIT","recordingMethod":"PASSIVELY_MEASURED"},
				 "%s":{%s,"interval":{"startTime":"%s","startUtcOffset":"%ds","endTime":"%s","endUtcOffset":"%ds"%s}}}"""
			.formatted(key, valueField, startTime, offsetSeconds, endTime, offsetSeconds, civilTimes);
	}

	static String sleep(String id, String start, String end, int offsetSeconds, String type, String... stages) {
		String stageList = Arrays.stream(stages).collect(Collectors.joining(","));
		return """
				{"name":"users/1234567890/dataTypes/sleep/dataPoints/%s",
				 "dataSource":{"platform":"FITBIT","recordingMethod":"PASSIVELY_MEASURED"},
				 "sleep":{"interval":{"startTime":"%s","startUtcOffset":"%ds","endTime":"%s","endUtcOffset":"%ds"},
				  "type":"%s","stages":[%s],
				  "metadata":{"stagesStatus":"SUCCEEDED","processed":true,"externalId":""},
				  "summary":{"minutesInSleepPeriod":"450","minutesAsleep":"412","minutesAwake":"38",
				   "minutesToFallAsleep":"0","minutesAfterWakeUp":"0",
				   "stagesSummary":[{"type":"LIGHT","minutes":"230","count":"25"},{"type":"DEEP","minutes":"80","count":"4"},
				    {"type":"REM","minutes":"102","count":"6"},{"type":"AWAKE","minutes":"38","count":"22"}]},
				  "createTime":"2026-11-10T06:12:01.100Z","updateTime":"2026-11-10T06:12:02.400Z"}}"""
			.formatted(id, start, offsetSeconds, end, offsetSeconds, type, stageList);
	}

	static String stage(String start, String end, int offsetSeconds, String type) {
		return """
				{"startTime":"%s","startUtcOffset":"%ds","endTime":"%s","endUtcOffset":"%ds","type":"%s"}"""
			.formatted(start, offsetSeconds, end, offsetSeconds, type);
	}

	static String totalCalories(LocalDate day, double kcal) {
		return """
				{"civilStartTime":{"date":%s,"time":{}},"civilEndTime":{"date":%s},"totalCalories":{"kcalSum":%s}}"""
			.formatted(date(day), date(day.plusDays(1)), kcal);
	}

	static String rollups(String... points) {
		return "{\"rollupDataPoints\":[" + String.join(",", points) + "]}";
	}

	static String error(int code, String status, String reason, String message) {
		return """
				{"error":{"code":%d,"message":"%s","status":"%s",
				 "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"%s","domain":"googleapis.com"}]}}"""
			.formatted(code, message, status, reason);
	}

	static String date(LocalDate day) {
		return "{\"year\":%d,\"month\":%d,\"day\":%d}".formatted(day.getYear(), day.getMonthValue(),
				day.getDayOfMonth());
	}

	private static String civil(Instant instant, int offsetSeconds) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offsetSeconds));
		return "{\"date\":%s,\"time\":{\"hours\":%d,\"minutes\":%d}}".formatted(date(local.toLocalDate()),
				local.getHour(), local.getMinute());
	}

}
