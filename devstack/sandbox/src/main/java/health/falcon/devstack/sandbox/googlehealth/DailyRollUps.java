package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.devstack.sandbox.common.synthetic.HeartRateDay;
import health.falcon.devstack.sandbox.common.synthetic.MinuteActivity;
import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * {@code dataPoints.dailyRollUp}: sums (or, for heart rate, averages) each local day of a
 * closed-open civil date range. The response has no {@code nextPageToken}.
 */
@Component
class DailyRollUps {

	private final SyntheticPerson person;

	private final DataWindow window;

	DailyRollUps(SyntheticPerson person, DataWindow window) {
		this.person = person;
		this.window = window;
	}

	Map<String, Object> rollUp(DataType type, JsonNode request) {
		if (type == DataType.SLEEP || type == DataType.DAILY_RESTING_HEART_RATE) {
			throw GoogleApiException
				.invalidArgument("DailyRollUp is not supported for data type " + type.kebab() + ".");
		}
		LocalDate start = date(request, "start");
		LocalDate end = date(request, "end");
		int windowDays = request.path("windowSizeDays").asInt(1);
		long days = ChronoUnit.DAYS.between(start, end);
		long maxDays = (type == DataType.HEART_RATE || type == DataType.TOTAL_CALORIES) ? 14 : 90;
		if (windowDays <= 0 || days <= 0 || days > maxDays) {
			throw GoogleApiException.invalidArgument("The range must span 1 to " + maxDays + " days for data type "
					+ type.kebab() + " and windowSizeDays must be positive.");
		}
		List<Map<String, Object>> points = new ArrayList<>();
		for (LocalDate from = start; from.isBefore(end); from = from.plusDays(windowDays)) {
			LocalDate to = from.plusDays(windowDays).isAfter(end) ? end : from.plusDays(windowDays);
			Map<String, Object> value = value(type, from, to);
			if (value != null) {
				Map<String, Object> point = new LinkedHashMap<>();
				point.put("civilStartTime", ProtoJson.civil(from.atStartOfDay()));
				point.put("civilEndTime", ProtoJson.civil(to.atStartOfDay()));
				point.put(type.camel(), value);
				points.add(point);
			}
		}
		return points.isEmpty() ? Map.of() : Map.of("rollupDataPoints", points);
	}

	private static LocalDate date(JsonNode request, String field) {
		JsonNode node = request.path("range").path(field);
		if (node.has("year")) {
			throw GoogleApiException.invalidArgument("Invalid JSON payload received. Unknown name \"year\" at 'range."
					+ field + "': Cannot find field.");
		}
		JsonNode date = node.path("date");
		if (!date.has("year") || !date.has("month") || !date.has("day")) {
			throw GoogleApiException.invalidArgument("range." + field + ".date is required.");
		}
		return LocalDate.of(date.get("year").asInt(), date.get("month").asInt(), date.get("day").asInt());
	}

	private @Nullable Map<String, Object> value(DataType type, LocalDate from, LocalDate to) {
		Instant start = max(from.atStartOfDay(this.person.residence().zoneOn(from)).toInstant(), this.window.start());
		Instant end = min(to.atStartOfDay(this.person.residence().zoneOn(to)).toInstant(), this.window.end());
		if (!start.isBefore(end)) {
			return null;
		}
		return (type == DataType.HEART_RATE) ? heartRate(start, end) : sums(type, start, end);
	}

	private Map<String, Object> sums(DataType type, Instant start, Instant end) {
		long steps = 0;
		long millimeters = 0;
		double active = 0;
		double total = 0;
		for (Instant minute = start.truncatedTo(ChronoUnit.MINUTES); minute
			.isBefore(end); minute = minute.plusSeconds(60)) {
			MinuteActivity activity = this.person.minute(minute);
			steps += activity.steps();
			millimeters += activity.distanceMillimeters();
			active += activity.activeKcal();
			total += activity.totalKcal();
		}
		return switch (type) {
			case STEPS -> Map.of("countSum", ProtoJson.int64(steps));
			case DISTANCE -> Map.of("millimetersSum", ProtoJson.int64(millimeters));
			case ACTIVE_ENERGY_BURNED -> Map.of("kcalSum", round(active));
			default -> Map.of("kcalSum", round(total));
		};
	}

	private @Nullable Map<String, Object> heartRate(Instant start, Instant end) {
		long sum = 0;
		long count = 0;
		int min = Integer.MAX_VALUE;
		int max = 0;
		for (LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC); day
			.isBefore(LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(1)); day = day.plusDays(1)) {
			HeartRateDay samples = this.person.heartRate(day);
			for (int i = 0; i < samples.size(); i++) {
				Instant at = samples.instant(i);
				if (!at.isBefore(start) && at.isBefore(end)) {
					int bpm = samples.bpm()[i];
					sum += bpm;
					count++;
					min = Math.min(min, bpm);
					max = Math.max(max, bpm);
				}
			}
		}
		if (count == 0) {
			return null;
		}
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("beatsPerMinuteAvg", round((double) sum / count));
		value.put("beatsPerMinuteMin", min);
		value.put("beatsPerMinuteMax", max);
		return value;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
