package health.falcon.backend.config;

import java.util.List;

/**
 * The read endpoints under {@code /api} that answer the user's stored data from
 * backend-data, as servlet URL patterns ({@code /x/*} also matches {@code /x}): the
 * metrics, the activities, the dashboard and the lists of issue 12 and the insights. HTTP
 * caching ({@link HttpCachingConfiguration}) and the OpenAPI description's problems
 * ({@link OpenApiConfiguration}) apply to exactly these.
 */
final class ReadPaths {

	/** The URL patterns. */
	static final List<String> PATTERNS = List.of("/api/metrics/*", "/api/activities/*", "/api/dashboard",
			"/api/sleep/*", "/api/blood-pressure/*", "/api/hrv/*", "/api/nutrition/*", "/api/body/*",
			"/api/insights/*");

	private ReadPaths() {
	}

	/**
	 * Whether a path is one of the read endpoints.
	 * @param path a request path without query, {@code /api/metrics/steps}
	 * @return {@code true} when a pattern matches it
	 */
	static boolean matches(String path) {
		return PATTERNS.stream().anyMatch((pattern) -> {
			if (!pattern.endsWith("/*")) {
				return path.equals(pattern);
			}
			String prefix = pattern.substring(0, pattern.length() - 2);
			return path.equals(prefix) || path.startsWith(prefix + "/");
		});
	}

}
