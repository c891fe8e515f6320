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

	/**
	 * The heart-rate settings of the training load, a subdocument (see
	 * {@link HeartRateSettings}); absent until the user sets one of them.
	 */
	public static final String HEART_RATE = "heartRate";

	/** Member of {@link #HEART_RATE}: the maximum heart rate, bpm. */
	public static final String HEART_RATE_MAX = "max";

	/** Member of {@link #HEART_RATE}: the resting heart rate, bpm. */
	public static final String HEART_RATE_RESTING = "resting";

	/** Member of {@link #HEART_RATE}: the fitness (CTL) time constant, days. */
	public static final String HEART_RATE_FITNESS_DAYS = "fitnessDays";

	/** Member of {@link #HEART_RATE}: the fatigue (ATL) time constant, days. */
	public static final String HEART_RATE_FATIGUE_DAYS = "fatigueDays";

	/**
	 * Member of {@link #HEART_RATE}: the TRIMP coefficients, {@value #TRIMP_MALE} or
	 * {@value #TRIMP_FEMALE}.
	 */
	public static final String HEART_RATE_TRIMP_FORMULA = "trimpFormula";

	/** Banister's coefficients 0.64 and 1.92, the default. */
	public static final String TRIMP_MALE = "male";

	/** Banister's coefficients 0.86 and 1.67. */
	public static final String TRIMP_FEMALE = "female";

	private UserSettingsCollection() {
	}

}
