package health.falcon.devstack.sandbox.common.synthetic;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Where the synthetic person is: at home, except for a two-week trip every year from the
 * first Saturday of June (leaving home at 09:00 local, leaving the trip zone on the
 * Saturday two weeks later at 18:00 local). Offsets follow each zone's daylight-saving
 * rules.
 *
 * @param travel the trip zone
 */
public record Residence(ZoneId home, ZoneId travel) {

	/**
	 * Returns the zone in effect at an instant.
	 * @return the home or the trip zone
	 */
	public ZoneId zoneAt(Instant instant) {
		int year = instant.atZone(this.home).getYear();
		LocalDate start = tripStart(year);
		Instant leave = start.atTime(LocalTime.of(9, 0)).atZone(this.home).toInstant();
		Instant back = start.plusDays(14).atTime(LocalTime.of(18, 0)).atZone(this.travel).toInstant();
		return (!instant.isBefore(leave) && instant.isBefore(back)) ? this.travel : this.home;
	}

	/**
	 * Returns the zone the person wakes up in on a date (judged at 06:00 home time).
	 */
	public ZoneId zoneOn(LocalDate date) {
		return zoneAt(date.atTime(LocalTime.of(6, 0)).atZone(this.home).toInstant());
	}

	/**
	 * Returns the first day of the year's trip.
	 * @return the first Saturday of June
	 */
	public static LocalDate tripStart(int year) {
		return LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
	}

}
