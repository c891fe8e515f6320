package health.falcon.devstack.sandbox.strava;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Strava's OAuth scopes and their comma-separated notation.
 */
final class Scopes {

	static final String READ = "read";

	static final String ACTIVITY_READ = "activity:read";

	static final String ACTIVITY_READ_ALL = "activity:read_all";

	/** Every scope Strava knows, in the order the authorize page lists them. */
	static final List<String> KNOWN = List.of(READ, "read_all", "profile:read_all", "profile:write", ACTIVITY_READ,
			ACTIVITY_READ_ALL, "activity:write");

	private Scopes() {
	}

	/**
	 * Parses a comma-separated scope list (spaces are tolerated).
	 * @param value the list, {@code null} or blank for none
	 * @return the scopes in their given order, without blanks or duplicates
	 */
	static Set<String> parse(@Nullable String value) {
		if (value == null) {
			return Set.of();
		}
		return Arrays.stream(value.split("[,\\s]+"))
			.filter((scope) -> !scope.isBlank())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static String format(Set<String> scopes) {
		return String.join(",", scopes);
	}

	static boolean canReadActivities(Set<String> scopes) {
		return scopes.contains(ACTIVITY_READ) || scopes.contains(ACTIVITY_READ_ALL);
	}

	static boolean canReadPrivateActivities(Set<String> scopes) {
		return scopes.contains(ACTIVITY_READ_ALL);
	}

}
