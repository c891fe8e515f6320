package health.falcon.model;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The unit system a person prefers for display. Data is always stored in SI units
 * (metres, kilograms, seconds); this choice only applies at the edges, where
 * {@link Units} converts. The JSON representation is the lower-case {@link #value()}
 * ({@code metric} or {@code imperial}), kept here without any Jackson dependency so that
 * every service maps it the same way.
 */
public enum UnitSystem {

	/** Metres, kilometres, kilograms. */
	METRIC("metric"),

	/** Miles, feet, pounds. */
	IMPERIAL("imperial");

	private final String value;

	UnitSystem(String value) {
		this.value = value;
	}

	/**
	 * Return the external (JSON and storage) value of this unit system.
	 * @return {@code metric} or {@code imperial}, never {@code null}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Parse an external value, ignoring case and surrounding white space.
	 * @param value the external value, for example {@code imperial}
	 * @return the matching unit system
	 * @throws IllegalArgumentException if the value names no unit system
	 */
	public static UnitSystem fromValue(String value) {
		String normalized = value.strip().toLowerCase(Locale.ROOT);
		for (UnitSystem candidate : values()) {
			if (candidate.value.equals(normalized)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Unknown unit system '" + value + "'");
	}

	/**
	 * Whether the given external value names a unit system.
	 * @param value the external value, may be {@code null}
	 * @return {@code true} if {@link #fromValue(String)} would accept it
	 */
	public static boolean isValid(@Nullable String value) {
		if (value == null) {
			return false;
		}
		try {
			fromValue(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
