package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Google Health data types read here, each in its three spellings (kebab-case in the
 * URL, snake_case in filters, camelCase as the JSON key) and with the filter member its
 * record type requires: a member that does not fit gives 400
 * {@code INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER}.
 */
enum HealthDataType {

	/** Sample type; filtered on {@code heart_rate.sample_time.physical_time}. */
	HEART_RATE("heart-rate", "heart_rate", "heartRate", "sample_time.physical_time"),

	/** Daily type; filtered on the civil {@code date} only. */
	DAILY_RESTING_HEART_RATE("daily-resting-heart-rate", "daily_resting_heart_rate", "dailyRestingHeartRate", "date"),

	/** Session type; sleep is filtered on its interval's end. */
	SLEEP("sleep", "sleep", "sleep", "interval.end_time"),

	/** Interval type; filtered on the civil start so that local days are whole. */
	STEPS("steps", "steps", "steps", "interval.civil_start_time"),

	/** Interval type, millimetres. */
	DISTANCE("distance", "distance", "distance", "interval.civil_start_time"),

	/** Interval type, kcal. */
	ACTIVE_ENERGY_BURNED("active-energy-burned", "active_energy_burned", "activeEnergyBurned",
			"interval.civil_start_time"),

	/** Rollup-only type ({@code list} is refused); read through {@code dailyRollUp}. */
	TOTAL_CALORIES("total-calories", "total_calories", "totalCalories", "");

	private final String urlName;

	private final String filterName;

	private final String jsonKey;

	private final String filterMember;

	HealthDataType(String urlName, String filterName, String jsonKey, String filterMember) {
		this.urlName = urlName;
		this.filterName = filterName;
		this.jsonKey = jsonKey;
		this.filterMember = filterMember;
	}

	String urlName() {
		return this.urlName;
	}

	String jsonKey() {
		return this.jsonKey;
	}

	/**
	 * A closed-open filter on physical time (sample and sleep types).
	 * @param from the first instant included
	 * @param to the first instant excluded
	 * @return the AIP-160 filter
	 */
	String filter(Instant from, Instant to) {
		return range("\"" + from + "\"", "\"" + to + "\"");
	}

	/**
	 * A closed-open filter on civil dates (daily and interval types).
	 * @param from the first local day included
	 * @param to the first local day excluded
	 * @return the AIP-160 filter
	 */
	String filter(LocalDate from, LocalDate to) {
		return range("\"" + from + "\"", "\"" + to + "\"");
	}

	private String range(String from, String to) {
		String member = this.filterName + "." + this.filterMember;
		return member + " >= " + from + " AND " + member + " < " + to;
	}

	static Optional<HealthDataType> fromUrlName(String name) {
		return Arrays.stream(values()).filter((type) -> type.urlName.equals(name)).findFirst();
	}

}
