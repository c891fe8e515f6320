package health.falcon.devstack.sandbox.googlehealth;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The emulated data types, each with its three spellings (kebab-case in the URL,
 * snake_case in filters, camelCase as the JSON key), its record type, read scope and the
 * methods it supports.
 */
enum DataType {

	HEART_RATE("heart-rate", RecordKind.SAMPLE, GoogleScopes.METRICS, true, 10_000),

	DAILY_RESTING_HEART_RATE("daily-resting-heart-rate", RecordKind.DAILY, GoogleScopes.METRICS, true, 10_000),

	SLEEP("sleep", RecordKind.SLEEP, GoogleScopes.SLEEP, true, 25),

	STEPS("steps", RecordKind.INTERVAL, GoogleScopes.ACTIVITY, true, 10_000),

	DISTANCE("distance", RecordKind.INTERVAL, GoogleScopes.ACTIVITY, true, 10_000),

	ACTIVE_ENERGY_BURNED("active-energy-burned", RecordKind.INTERVAL, GoogleScopes.ACTIVITY, true, 10_000),

	TOTAL_CALORIES("total-calories", RecordKind.INTERVAL, GoogleScopes.ACTIVITY, false, 0);

	private final String kebab;

	private final RecordKind kind;

	private final String scope;

	private final boolean listable;

	private final int maxPageSize;

	DataType(String kebab, RecordKind kind, String scope, boolean listable, int maxPageSize) {
		this.kebab = kebab;
		this.kind = kind;
		this.scope = scope;
		this.listable = listable;
		this.maxPageSize = maxPageSize;
	}

	static Optional<DataType> fromPath(String kebab) {
		return Arrays.stream(values()).filter((type) -> type.kebab.equals(kebab)).findFirst();
	}

	String kebab() {
		return this.kebab;
	}

	String snake() {
		return this.kebab.replace('-', '_');
	}

	String camel() {
		StringBuilder camel = new StringBuilder();
		for (String part : this.kebab.split("-")) {
			camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return camel.toString();
	}

	RecordKind kind() {
		return this.kind;
	}

	String scope() {
		return this.scope;
	}

	boolean listable() {
		return this.listable;
	}

	/**
	 * Page size for a request: 1440 by default (25 for sleep), larger values cut to the
	 * maximum.
	 * @param requested the requested size, or {@code null}
	 * @return the effective size
	 */
	int pageSize(@Nullable Integer requested) {
		int fallback = Math.min(1440, this.maxPageSize);
		if (requested == null || requested <= 0) {
			return fallback;
		}
		return Math.min(requested, this.maxPageSize);
	}

	/**
	 * Record types and the filter members each accepts.
	 */
	enum RecordKind {

		/** Samples (heart rate). */
		SAMPLE("sample_time.physical_time", "sample_time.civil_time"),
		/** Intervals (steps, distance, energy). */
		INTERVAL("interval.start_time", "interval.civil_start_time"),
		/** Daily values (resting heart rate). */
		DAILY(null, "date"),
		/** Sleep sessions (filtered on their end). */
		SLEEP("interval.end_time", "interval.civil_end_time");

		private final @Nullable String physicalMember;

		private final String civilMember;

		RecordKind(@Nullable String physicalMember, String civilMember) {
			this.physicalMember = physicalMember;
			this.civilMember = civilMember;
		}

		@Nullable String physicalMember() {
			return this.physicalMember;
		}

		String civilMember() {
			return this.civilMember;
		}

	}

}
