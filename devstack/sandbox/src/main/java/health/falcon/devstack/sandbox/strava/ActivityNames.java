package health.falcon.devstack.sandbox.strava;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Activity titles the way Strava names uploads ("Morning Ride", "Lunch Run"), with a
 * place name while travelling.
 */
final class ActivityNames {

	private ActivityNames() {
	}

	static String name(String sportType, LocalTime localStart, ZoneId zone, ZoneId home) {
		String title = partOfDay(localStart) + " " + label(sportType);
		if (zone.equals(home)) {
			return title;
		}
		return switch (zone.getId()) {
			case "America/New_York" -> "New York: " + title;
			case "Asia/Tokyo" -> "Tokyo: " + title;
			default -> title;
		};
	}

	private static String partOfDay(LocalTime time) {
		int hour = time.getHour();
		if (hour < 5 || hour >= 21) {
			return "Night";
		}
		if (hour < 11) {
			return "Morning";
		}
		if (hour < 14) {
			return "Lunch";
		}
		return (hour < 17) ? "Afternoon" : "Evening";
	}

	private static String label(String sportType) {
		return switch (sportType) {
			case "TrailRun" -> "Trail Run";
			case "GravelRide" -> "Gravel Ride";
			case "VirtualRide" -> "Virtual Ride";
			default -> sportType;
		};
	}

}
