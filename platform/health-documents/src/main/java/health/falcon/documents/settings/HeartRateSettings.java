package health.falcon.documents.settings;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The heart-rate settings of the training load, stored by backend-server in
 * {@code user_settings.heartRate} as {@code {max, resting, fitnessDays, fatigueDays,
 * trimpFormula}}, every member optional. Read leniently: a member that is missing, of
 * another type or outside its range (the same ranges backend-server validates) is unset,
 * so the reader estimates it or takes the default.
 *
 * @param max the maximum heart rate in bpm (100–230), {@code null} when unset
 * @param resting the resting heart rate in bpm (25–120, below {@code max}), {@code null}
 * when unset
 * @param fitnessDays the fitness (CTL) time constant in days (7–90), default
 * {@value #DEFAULT_FITNESS_DAYS}
 * @param fatigueDays the fatigue (ATL) time constant in days (2–30), default
 * {@value #DEFAULT_FATIGUE_DAYS}
 * @param trimpFormula the TRIMP coefficients, {@code male} (0.64, 1.92; the default) or
 * {@code female} (0.86, 1.67)
 */
public record HeartRateSettings(@Nullable Integer max, @Nullable Integer resting, int fitnessDays, int fatigueDays,
		String trimpFormula) {

	/** The smallest maximum heart rate accepted, bpm. */
	public static final int MAX_LOWEST = 100;

	/** The largest maximum heart rate accepted, bpm. */
	public static final int MAX_HIGHEST = 230;

	/** The smallest resting heart rate accepted, bpm. */
	public static final int RESTING_LOWEST = 25;

	/** The largest resting heart rate accepted, bpm. */
	public static final int RESTING_HIGHEST = 120;

	/** The shortest fitness time constant accepted, days. */
	public static final int FITNESS_DAYS_LOWEST = 7;

	/** The longest fitness time constant accepted, days. */
	public static final int FITNESS_DAYS_HIGHEST = 90;

	/** The shortest fatigue time constant accepted, days. */
	public static final int FATIGUE_DAYS_LOWEST = 2;

	/** The longest fatigue time constant accepted, days. */
	public static final int FATIGUE_DAYS_HIGHEST = 30;

	/** The fitness time constant until one is set, days. */
	public static final int DEFAULT_FITNESS_DAYS = 42;

	/** The fatigue time constant until one is set, days. */
	public static final int DEFAULT_FATIGUE_DAYS = 7;

	/** The settings of a user who set none. */
	public static final HeartRateSettings DEFAULTS = new HeartRateSettings(null, null, DEFAULT_FITNESS_DAYS,
			DEFAULT_FATIGUE_DAYS, UserSettingsCollection.TRIMP_MALE);

	/**
	 * Read the heart-rate settings of a user's settings document.
	 * @param settings the {@code user_settings} document, {@code null} when there is none
	 * @return the settings, {@link #DEFAULTS} for members that are unset or invalid
	 */
	public static HeartRateSettings of(@Nullable Document settings) {
		Object member = (settings != null) ? settings.get(UserSettingsCollection.HEART_RATE) : null;
		if (!(member instanceof Document heartRate)) {
			return DEFAULTS;
		}
		Integer max = within(heartRate.get(UserSettingsCollection.HEART_RATE_MAX), MAX_LOWEST, MAX_HIGHEST);
		Integer resting = within(heartRate.get(UserSettingsCollection.HEART_RATE_RESTING), RESTING_LOWEST,
				RESTING_HIGHEST);
		if (max != null && resting != null && resting >= max) {
			resting = null;
		}
		Integer fitness = within(heartRate.get(UserSettingsCollection.HEART_RATE_FITNESS_DAYS), FITNESS_DAYS_LOWEST,
				FITNESS_DAYS_HIGHEST);
		Integer fatigue = within(heartRate.get(UserSettingsCollection.HEART_RATE_FATIGUE_DAYS), FATIGUE_DAYS_LOWEST,
				FATIGUE_DAYS_HIGHEST);
		String formula = UserSettingsCollection.TRIMP_FEMALE
			.equals(heartRate.get(UserSettingsCollection.HEART_RATE_TRIMP_FORMULA))
					? UserSettingsCollection.TRIMP_FEMALE : UserSettingsCollection.TRIMP_MALE;
		return new HeartRateSettings(max, resting, (fitness != null) ? fitness : DEFAULT_FITNESS_DAYS,
				(fatigue != null) ? fatigue : DEFAULT_FATIGUE_DAYS, formula);
	}

	/**
	 * Read a user's heart-rate settings (one query, only the {@code heartRate} member).
	 * @param mongo the database holding {@code user_settings}
	 * @param userId the user's id (the token's {@code sub})
	 * @return the settings, {@link #DEFAULTS} for members that are unset or invalid
	 */
	public static HeartRateSettings of(MongoOperations mongo, String userId) {
		return of(mongo.getCollection(UserSettingsCollection.COLLECTION)
			.find(Filters.eq("_id", userId))
			.projection(Projections.include(UserSettingsCollection.HEART_RATE))
			.first());
	}

	private static @Nullable Integer within(@Nullable Object value, int lowest, int highest) {
		if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
			return null;
		}
		int whole = number.intValue();
		return (whole >= lowest && whole <= highest) ? whole : null;
	}

}
