package health.falcon.data.metrics;

/**
 * Where a metric is stored and what one stored value is: one value per local date (the
 * daily documents), sessions that add up to a night ({@code sleep_sessions}, several per
 * {@code dateOfSleep}), or readings taken at an instant ({@code blood_pressure},
 * {@code hrv_recordings}), several a day, whose day is their mean.
 */
enum Store {

	DAILY_ACTIVITY(false, false), HEART_RATE_DAYS(false, false), NUTRITION_DAYS(false, false),
	BODY_MEASUREMENTS(false, false), SLEEP_SESSIONS(true, false), HRV_RECORDINGS(false, true),
	BLOOD_PRESSURE(false, true);

	private final boolean sessions;

	private final boolean readings;

	Store(boolean sessions, boolean readings) {
		this.sessions = sessions;
		this.readings = readings;
	}

	/**
	 * Whether a day's value is the sum of its stored values (sleep sessions) rather than
	 * their mean (readings) or the one stored value (daily documents).
	 */
	boolean sessions() {
		return this.sessions;
	}

	/**
	 * Whether the values are readings at an instant, which {@code raw} answers one by
	 * one.
	 */
	boolean readings() {
		return this.readings;
	}

}
