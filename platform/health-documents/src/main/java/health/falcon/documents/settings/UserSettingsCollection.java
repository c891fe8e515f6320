package health.falcon.documents.settings;

/**
 * Names of the {@value #COLLECTION} collection: one document per user ({@code _id} = the
 * user id), written by backend-server's settings endpoint.
 */
public final class UserSettingsCollection {

	/** The collection. */
	public static final String COLLECTION = "user_settings";

	/** The IANA zone id the user chose, absent until chosen. */
	public static final String TIME_ZONE = "timeZone";

	/** The unit system the user chose, {@value #METRIC} or {@value #IMPERIAL}. */
	public static final String UNITS = "units";

	/** SI units (kg, m, ml), the default. */
	public static final String METRIC = "metric";

	/** US customary units (lb, mi, fl oz). */
	public static final String IMPERIAL = "imperial";

	private UserSettingsCollection() {
	}

}
