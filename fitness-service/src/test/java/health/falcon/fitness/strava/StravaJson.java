package health.falcon.fitness.strava;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Strava response bodies in the real shapes (see provider-apis.md section 1).
 */
final class StravaJson {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	private StravaJson() {
	}

	static String summary(long id, String startUtc, String sportType) {
		Instant start = Instant.parse(startUtc);
		String local = LocalDateTime.ofInstant(start, ZoneOffset.ofHours(1)).format(LOCAL);
		return """
				{"resource_state":2,"athlete":{"id":1234567,"resource_state":1},"name":"Activity %d",
				 "distance":10012.4,"moving_time":2875,"elapsed_time":2990,"total_elevation_gain":54.0,
				 "type":"%s","sport_type":"%s","workout_type":null,"id":%d,
				 "start_date":"%s","start_date_local":"%s",
				 "timezone":"(GMT+01:00) Europe/Paris","utc_offset":3600.0,
				 "start_latlng":[48.85,2.35],"end_latlng":[48.85,2.35],
				 "map":{"id":"a%d","summary_polyline":"abc","resource_state":2},
				 "trainer":false,"commute":false,"manual":false,"private":false,"visibility":"everyone",
				 "average_speed":3.482,"max_speed":5.1,"has_heartrate":true,
				 "average_heartrate":151.2,"max_heartrate":176.0,"elev_high":61.0,"elev_low":35.0,
				 "kudos_count":3,"achievement_count":1,"pr_count":0}""".formatted(id, sportType, sportType, id,
				startUtc, local, id);
	}

	static String detailed(long id, String startUtc, String sportType, double calories) {
		String summary = summary(id, startUtc, sportType);
		return summary.substring(0, summary.length() - 1) + ",\"description\":\"\",\"calories\":" + calories
				+ ",\"device_name\":\"Garmin\",\"laps\":[],\"splits_metric\":[]}";
	}

	static String page(String... activities) {
		return "[" + String.join(",", List.of(activities)) + "]";
	}

	static String fault(String message) {
		return "{\"message\":\"" + message + "\",\"errors\":[]}";
	}

}
