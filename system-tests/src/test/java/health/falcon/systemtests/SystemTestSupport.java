package health.falcon.systemtests;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens when a binary a system test needs is missing: skipped with a loud
 * warning on a developer machine, a failure when {@code FALCON_REQUIRE_SYSTEM_TESTS=true}
 * (CI); and signs in at the sandbox's MyFitnessPal.
 */
final class SystemTestSupport {

	private static final Logger logger = LoggerFactory.getLogger(SystemTestSupport.class);

	private static final Pattern MFP_SESSION = Pattern.compile("mfp_session=[A-Za-z0-9_\\-]+");

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

	/**
	 * Sign in at the sandbox's MyFitnessPal and copy the text its page shows to paste
	 * into Falcon Health ({@code mfp_session=...}).
	 * @param stack the running suite
	 * @param user a sandbox MyFitnessPal account (its password is the same)
	 * @return the session cookie text
	 */
	static String myFitnessPalSession(LocalStack stack, String user) throws Exception {
		HttpRequest login = HttpRequest.newBuilder(stack.sandbox().resolve("/myfitnesspal/www/account/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
			.build();
		HttpResponse<String> page = HttpClient.newHttpClient().send(login, HttpResponse.BodyHandlers.ofString());
		Matcher matcher = MFP_SESSION.matcher(page.body());
		if (page.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("The sandbox's MyFitnessPal did not sign in " + user + ": " + page.body());
		}
		return matcher.group();
	}

}
