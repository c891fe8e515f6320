package health.falcon.data.dashboard;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of stored data whose freshness the dashboard shows, with the provider whose
 * ingest service writes them.
 */
enum DataKind {

	/** {@code heart_rate_days} with samples. */
	HEART_RATE("fitbit", "heart-rate"),

	/** {@code daily_activity}. */
	DAILY_ACTIVITY("fitbit", "daily-activity"),

	/** {@code sleep_sessions}. */
	SLEEP("fitbit", "sleep"),

	/** {@code activities}. */
	ACTIVITIES("strava", "activities"),

	/** {@code blood_pressure}. */
	BLOOD_PRESSURE("dropbox", "blood-pressure"),

	/** {@code hrv_recordings}. */
	HRV("dropbox", "hrv"),

	/** {@code nutrition_days}. */
	NUTRITION("myfitnesspal", "nutrition");

	private final String provider;

	private final String kind;

	DataKind(String provider, String kind) {
		this.provider = provider;
		this.kind = kind;
	}

	String kind() {
		return this.kind;
	}

	/**
	 * The kinds a provider writes, in the order above.
	 * @return the kinds, empty for a provider that writes none of them
	 */
	static List<DataKind> of(String provider) {
		return Arrays.stream(values()).filter((kind) -> kind.provider.equals(provider)).toList();
	}

}
