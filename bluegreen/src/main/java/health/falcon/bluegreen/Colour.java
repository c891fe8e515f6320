package health.falcon.bluegreen;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The two colours of a service: the value of the {@code color} label on the Deployments,
 * their pods and the Services' selectors.
 */
enum Colour {

	BLUE, GREEN;

	/**
	 * The label value, as written in manifests and selectors.
	 * @return {@code blue} or {@code green}
	 */
	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	Colour other() {
		return (this == BLUE) ? GREEN : BLUE;
	}

	/**
	 * Reads a label value.
	 * @param label the value of a {@code color} label or selector, may be {@code null}
	 * @return the colour, or {@code null} when the value is missing or is no colour
	 */
	static @Nullable Colour fromLabel(@Nullable String label) {
		for (Colour colour : values()) {
			if (colour.label().equals(label)) {
				return colour;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return label();
	}

}
