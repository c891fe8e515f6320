package health.falcon.devstack.sandbox.strava;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Where the demo athletes are on a given day: at home, except for a two-week trip to New
 * York from the first Saturday of June and four days in Tokyo from the first Wednesday on
 * or after 20 September, every year, so a year of history always contains both.
 */
final class TravelPlan {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final ZoneId home;

	TravelPlan(ZoneId home) {
		this.home = home;
	}

	ZoneId home() {
		return this.home;
	}

	/**
	 * Returns the zone the athlete is in on a date.
	 * @return the home zone or a trip's zone
	 */
	ZoneId zoneOn(LocalDate date) {
		LocalDate newYork = LocalDate.of(date.getYear(), 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		if (within(date, newYork, 14)) {
			return NEW_YORK;
		}
		LocalDate tokyo = LocalDate.of(date.getYear(), 9, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		if (within(date, tokyo, 4)) {
			return TOKYO;
		}
		return this.home;
	}

	static StravaActivity.LatLng centre(ZoneId zone) {
		return switch (zone.getId()) {
			case "America/New_York" -> new StravaActivity.LatLng(40.7812, -73.9665);
			case "Asia/Tokyo" -> new StravaActivity.LatLng(35.6852, 139.7528);
			default -> new StravaActivity.LatLng(52.5145, 13.3501);
		};
	}

	private static boolean within(LocalDate date, LocalDate first, int days) {
		return !date.isBefore(first) && date.isBefore(first.plusDays(days));
	}

}
