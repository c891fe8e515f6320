package health.falcon.fitbit.export;

import java.util.Collection;

/**
 * Which generation of export an archive is, told by its entry paths.
 */
enum ExportLayout {

	/** The fitbit.com account archive: {@code MyFitbitData/<name>/...}. */
	ACCOUNT_ARCHIVE,

	/** Google Takeout, product "Fitbit": {@code Takeout/Fitbit/...}. */
	TAKEOUT_FITBIT,

	/** Google Takeout, product "Google Health": {@code Takeout/Google Health/...}. */
	TAKEOUT_GOOGLE_HEALTH,

	/** None of the above (files are still recognised by name). */
	UNKNOWN;

	static ExportLayout detect(Collection<String> paths) {
		for (String path : paths) {
			if (path.startsWith("Takeout/Google Health/")) {
				return TAKEOUT_GOOGLE_HEALTH;
			}
			if (path.startsWith("Takeout/Fitbit/")) {
				return TAKEOUT_FITBIT;
			}
			if (path.startsWith("MyFitbitData/")) {
				return ACCOUNT_ARCHIVE;
			}
		}
		return UNKNOWN;
	}

}
