package health.falcon.kit.required;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at start-up when a service lacks properties that have no safe default, so that
 * it refuses to start instead of reaching for a host that does not exist outside the
 * devstack. The message names every missing property and its environment variable.
 */
public class MissingRequiredPropertiesException extends RuntimeException {

	private final String service;

	private final List<RequiredProperty> missing;

	/**
	 * Create the exception.
	 * @param service the service's {@code spring.application.name}
	 * @param missing the properties without a value, at least one
	 */
	public MissingRequiredPropertiesException(String service, List<RequiredProperty> missing) {
		super("Falcon " + service + " needs "
				+ missing.stream().map(RequiredProperty::toString).collect(Collectors.joining(", ")));
		this.service = service;
		this.missing = List.copyOf(missing);
	}

	/**
	 * @return the service's {@code spring.application.name}
	 */
	public String getService() {
		return this.service;
	}

	/**
	 * @return the properties without a value, in the order they were checked
	 */
	public List<RequiredProperty> getMissing() {
		return this.missing;
	}

}
