package health.falcon.kit.web;

import java.util.Comparator;
import java.util.Map;

import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Resolves the body limit of a request path: the most specific matching override, else
 * the default.
 */
class BodyLimits {

	private final AntPathMatcher matcher = new AntPathMatcher();

	private final long defaultLimit;

	private final Map<String, DataSize> overrides;

	BodyLimits(BodyLimitProperties properties) {
		this.defaultLimit = properties.maxBodySize().toBytes();
		this.overrides = Map.copyOf(properties.bodyLimits());
	}

	/**
	 * Return the limit for a path within the application.
	 * @param path the request path without the context path, for example
	 * {@code /webhooks/dropbox}
	 * @return the limit in bytes
	 */
	long limitFor(String path) {
		Comparator<String> specificity = this.matcher.getPatternComparator(path);
		return this.overrides.keySet()
			.stream()
			.filter((pattern) -> this.matcher.match(pattern, path))
			.min(specificity)
			.map((pattern) -> this.overrides.get(pattern).toBytes())
			.orElse(this.defaultLimit);
	}

}
