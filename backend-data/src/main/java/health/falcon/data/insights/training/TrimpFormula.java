package health.falcon.data.insights.training;

import health.falcon.documents.settings.UserSettingsCollection;

/**
 * Banister's training impulse (TRIMP): minutes × HRr × a × e^(b·HRr), with the heart-rate
 * reserve fraction HRr = (HR − HRrest) / (HRmax − HRrest) held within 0 and 1. The
 * coefficients are Banister's (1991): a = 0.64, b = 1.92 (derived from men's blood
 * lactate, the default) and a = 0.86, b = 1.67 (women's), chosen in the settings'
 * {@code heartRate.trimpFormula}.
 */
enum TrimpFormula {

	MALE(UserSettingsCollection.TRIMP_MALE, 0.64, 1.92),

	FEMALE(UserSettingsCollection.TRIMP_FEMALE, 0.86, 1.67);

	private final String setting;

	private final double a;

	private final double b;

	TrimpFormula(String setting, double a, double b) {
		this.setting = setting;
		this.a = a;
		this.b = b;
	}

	static TrimpFormula of(String setting) {
		return UserSettingsCollection.TRIMP_FEMALE.equals(setting) ? FEMALE : MALE;
	}

	String setting() {
		return this.setting;
	}

	double a() {
		return this.a;
	}

	double b() {
		return this.b;
	}

	/**
	 * The TRIMP of a stretch of time at one heart rate.
	 * @param minutes the duration in minutes
	 * @param heartRate the heart rate in bpm
	 * @param limits the resting and maximum heart rate
	 * @return the load, never negative
	 */
	double trimp(double minutes, double heartRate, HeartRateLimits limits) {
		double reserve = limits.reserve(heartRate);
		return minutes * reserve * this.a * Math.exp(this.b * reserve);
	}

}
