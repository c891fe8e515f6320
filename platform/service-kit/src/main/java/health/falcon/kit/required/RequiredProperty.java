package health.falcon.kit.required;

import java.util.Locale;

/**
 * A property a service cannot start without, and the environment variable that sets it.
 *
 * @param name the property, for example {@code spring.mongodb.uri}
 * @param environmentVariable the environment variable Boot reads for it, for example
 * {@code SPRING_MONGODB_URI}
 */
public record RequiredProperty(String name, String environmentVariable) {

	/**
	 * The property with the environment variable Boot's relaxed binding maps to it: upper
	 * case, with every dot and dash an underscore.
	 * @param name the property
	 * @return the requirement
	 */
	public static RequiredProperty of(String name) {
		return new RequiredProperty(name, name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return this.name + " (" + this.environmentVariable + ")";
	}

}
