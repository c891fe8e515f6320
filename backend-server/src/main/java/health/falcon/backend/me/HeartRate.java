package health.falcon.backend.me;

import health.falcon.documents.settings.HeartRateSettings;
import health.falcon.documents.settings.UserSettingsCollection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The heart-rate settings of the training load as the user set them, in
 * {@code PUT /api/me/settings} and stored as {@code user_settings.heartRate} (read by
 * backend-data through health-documents' {@link HeartRateSettings}). Every member is
 * optional: an unset maximum or resting heart rate is estimated from the data, unset time
 * constants and formula take their defaults.
 *
 * @param max the maximum heart rate, bpm (100–230)
 * @param resting the resting heart rate, bpm (25–120, below {@code max} when both are
 * given)
 * @param fitnessDays the fitness (CTL) time constant, days (7–90)
 * @param fatigueDays the fatigue (ATL) time constant, days (2–30)
 * @param trimpFormula the TRIMP coefficients, {@code male} (0.64/1.92) or {@code female}
 * (0.86/1.67)
 */
@RestingBelowMax
record HeartRate(@Nullable @Min(HeartRateSettings.MAX_LOWEST) @Max(HeartRateSettings.MAX_HIGHEST) Integer max,
		@Nullable @Min(HeartRateSettings.RESTING_LOWEST) @Max(HeartRateSettings.RESTING_HIGHEST) Integer resting,
		@Nullable @Min(HeartRateSettings.FITNESS_DAYS_LOWEST) @Max(HeartRateSettings.FITNESS_DAYS_HIGHEST) Integer fitnessDays,
		@Nullable @Min(HeartRateSettings.FATIGUE_DAYS_LOWEST) @Max(HeartRateSettings.FATIGUE_DAYS_HIGHEST) Integer fatigueDays,
		@Nullable @Pattern(regexp = UserSettingsCollection.TRIMP_MALE + "|" + UserSettingsCollection.TRIMP_FEMALE,
				message = "must be 'male' or 'female'") String trimpFormula) {

	/** Nothing set. */
	static final HeartRate NONE = new HeartRate(null, null, null, null, null);

	/**
	 * These settings with the defaults for what is unset; the maximum and resting heart
	 * rate stay {@code null} (estimated from the data).
	 */
	HeartRateSettings effective() {
		return new HeartRateSettings(this.max, this.resting,
				(this.fitnessDays != null) ? this.fitnessDays : HeartRateSettings.DEFAULT_FITNESS_DAYS,
				(this.fatigueDays != null) ? this.fatigueDays : HeartRateSettings.DEFAULT_FATIGUE_DAYS,
				(this.trimpFormula != null) ? this.trimpFormula : UserSettingsCollection.TRIMP_MALE);
	}

}
