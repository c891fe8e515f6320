package health.falcon.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens when a binary a system test needs is missing: skipped with a loud
 * warning on a developer machine, a failure when {@code FALCON_REQUIRE_SYSTEM_TESTS=true}
 * (CI).
 */
final class SystemTestSupport {

	private static final Logger logger = LoggerFactory.getLogger(SystemTestSupport.class);

	private SystemTestSupport() {
	}

	static boolean required() {
		return Boolean.parseBoolean(System.getenv().getOrDefault("FALCON_REQUIRE_SYSTEM_TESTS", "false"));
	}

	/**
	 * Return the binary if it exists; otherwise skip the test (or fail it when system
	 * tests are required).
	 * @param candidates absolute paths to try in order
	 * @return the first executable candidate
	 */
	static Path requireBinary(String... candidates) {
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		String message = "System test needs " + String.join(" or ", candidates)
				+ " (Debian packages: see .ci/run); it is missing";
		if (required()) {
			throw new IllegalStateException(message + " and FALCON_REQUIRE_SYSTEM_TESTS=true");
		}
		logger.warn("!!! SKIPPED: {} !!!", message);
		Assumptions.abort(message);
		throw new IllegalStateException("unreachable");
	}

}
