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

	private UserSettingsCollection() {
	}

}
