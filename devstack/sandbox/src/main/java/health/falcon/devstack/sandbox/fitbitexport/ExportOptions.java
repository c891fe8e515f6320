package health.falcon.devstack.sandbox.fitbitexport;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to export.
 *
 * @param lastDay the last local day exported (inclusive)
 * @param days how many days, ending with {@code lastDay}
 * @param seed random seed (the Google Health emulator's seed gives the same data)
 * @param layout archive layout
 * @param userName the folder name in the legacy layout
 * @param homeZone home time zone
 * @param travelZone the June trip's time zone
 */
public record ExportOptions(LocalDate lastDay, int days, long seed, Layout layout, String userName, ZoneId homeZone,
		ZoneId travelZone) {

	/**
	 * Options with the sandbox defaults: seed 42, Dana Demo, Europe/Berlin with a trip to
	 * America/New_York.
	 */
	public static ExportOptions defaults(LocalDate lastDay, int days, Layout layout) {
		return new ExportOptions(lastDay, days, 42, layout, "DanaDemo", ZoneId.of("Europe/Berlin"),
				ZoneId.of("America/New_York"));
	}

	/**
	 * Returns the first day exported.
	 * @return the first local day
	 */
	public LocalDate firstDay() {
		return this.lastDay.minusDays(this.days - 1L);
	}

	/**
	 * Archive layouts.
	 */
	public enum Layout {

		/**
		 * The fitbit.com account archive:
		 * {@code MyFitbitData/<Name>/Global Export Data/}.
		 */
		LEGACY,
		/** Google Takeout: {@code Takeout/Fitbit/Global Export Data/}. */
		TAKEOUT;

		String root(String userName) {
			return (this == LEGACY) ? "MyFitbitData/" + userName + "/" : "Takeout/Fitbit/";
		}

	}

}
