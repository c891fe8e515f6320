package health.falcon.fitbit.notification;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import health.falcon.fitbit.googlehealth.TargetedRefetch;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads notification bodies in the three shapes seen: {@code {"data": {..., "intervals":
 * [...]}}}, the earlier {@code {"data": {..., "civilIso8601TimeInterval": {...}}}}
 * without an {@code intervals} array, and a JSON array of either. Each interval may carry
 * {@code physicalTimeInterval}, {@code civilDateTimeInterval} and
 * {@code civilIso8601TimeInterval}; whatever can be read is kept.
 */
final class NotificationParser {

	private NotificationParser() {
	}

	static boolean isVerification(JsonNode body) {
		return body.isObject() && "verification".equals(body.path("type").asString(""));
	}

	static List<HealthNotification> notifications(JsonNode body) {
		List<HealthNotification> notifications = new ArrayList<>();
		if (body.isArray()) {
			body.forEach((item) -> notifications.add(notification(item)));
		}
		else {
			notifications.add(notification(body));
		}
		return notifications;
	}

	private static HealthNotification notification(JsonNode item) {
		JsonNode data = item.path("data");
		String healthUserId = data.path("healthUserId").asString("");
		String dataType = data.path("dataType").asString("");
		if (!data.isObject() || healthUserId.isBlank() || dataType.isBlank()) {
			throw new MalformedNotificationException("A notification needs data.healthUserId and data.dataType.");
		}
		List<TargetedRefetch.Interval> intervals = new ArrayList<>();
		if (data.path("intervals").isArray()) {
			data.path("intervals").forEach((interval) -> addInterval(intervals, interval));
		}
		else {
			addInterval(intervals, data);
		}
		return new HealthNotification(healthUserId, dataType, data.path("operation").asString("UPSERT"),
				List.copyOf(intervals));
	}

	private static void addInterval(List<TargetedRefetch.Interval> intervals, JsonNode node) {
		try {
			Instant start = instant(node.path("physicalTimeInterval").path("startTime"));
			Instant end = instant(node.path("physicalTimeInterval").path("endTime"));
			LocalDate first = civilDate(node.path("civilDateTimeInterval").path("startDateTime"));
			LocalDate last = civilDate(node.path("civilDateTimeInterval").path("endDateTime"));
			if (first == null || last == null) {
				first = isoDate(node.path("civilIso8601TimeInterval").path("startTime"));
				last = isoDate(node.path("civilIso8601TimeInterval").path("endTime"));
			}
			if ((start != null && end != null) || (first != null && last != null)) {
				intervals.add(new TargetedRefetch.Interval(start, end, first, last));
			}
		}
		catch (DateTimeException ex) {
			throw new MalformedNotificationException("A notification interval could not be read.");
		}
	}

	private static @Nullable Instant instant(JsonNode value) {
		return value.isString() ? Instant.parse(value.asString()) : null;
	}

	private static @Nullable LocalDate civilDate(JsonNode civil) {
		JsonNode date = civil.path("date");
		if (!date.isObject()) {
			return null;
		}
		return LocalDate.of(date.path("year").asInt(0), date.path("month").asInt(0), date.path("day").asInt(0));
	}

	private static @Nullable LocalDate isoDate(JsonNode value) {
		return value.isString() ? LocalDateTime.parse(value.asString()).toLocalDate() : null;
	}

}
