package health.falcon.devstack.sandbox.googlehealth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The Google Health OAuth scopes ({@code https://www.googleapis.com/auth/googlehealth.*})
 * and their space-separated form.
 */
final class GoogleScopes {

	static final String PREFIX = "https://www.googleapis.com/auth/googlehealth.";

	static final String ACTIVITY = PREFIX + "activity_and_fitness.readonly";

	static final String METRICS = PREFIX + "health_metrics_and_measurements.readonly";

	static final String SLEEP = PREFIX + "sleep.readonly";

	static final String PROFILE = PREFIX + "profile.readonly";

	static final String SETTINGS = PREFIX + "settings.readonly";

	static final String LOCATION = PREFIX + "location.readonly";

	private static final Set<String> KNOWN = Stream
		.of("activity_and_fitness", "health_metrics_and_measurements", "sleep", "nutrition", "profile", "settings")
		.flatMap((family) -> Stream.of(PREFIX + family + ".readonly", PREFIX + family + ".writeonly"))
		.collect(Collectors.toCollection(LinkedHashSet::new));

	static {
		KNOWN.addAll(Set.of(LOCATION, PREFIX + "ecg.readonly", PREFIX + "irn.readonly", "openid", "email", "profile"));
	}

	private GoogleScopes() {
	}

	/**
	 * Parses a space-separated scope list.
	 * @param scope the parameter value, or {@code null}
	 * @return the scopes in order, empty when none
	 */
	static Set<String> parse(@Nullable String scope) {
		if (scope == null || scope.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(scope.trim().split("[\\s+]+"))
			.filter((s) -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static boolean known(String scope) {
		return KNOWN.contains(scope);
	}

	static String format(Set<String> scopes) {
		return String.join(" ", scopes);
	}

	/**
	 * Whether a grant may call {@code users.getIdentity}: any read-only Health scope but
	 * location.
	 * @param scopes the granted scopes
	 * @return {@code true} when allowed
	 */
	static boolean allowsIdentity(Set<String> scopes) {
		return scopes.stream().anyMatch((s) -> s.startsWith(PREFIX) && s.endsWith(".readonly") && !s.equals(LOCATION));
	}

}
