package health.falcon.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core in the page the browser shows and returns its serious and critical
 * violations (WCAG A/AA and best practices: contrast, names, labels, landmarks, tables).
 * The script is the frontend's own devDependency
 * ({@code frontend/node_modules/axe-core/axe.min.js}, present after the reactor's
 * frontend build), injected with Selenium, so nothing is downloaded.
 */
final class Accessibility {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then((results) => done(JSON.stringify(results.violations
			    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
			    .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
			      targets: v.nodes.map((n) => n.target.join(' ')) })))))
			  .catch((error) => done(JSON.stringify({ error: String(error) })));
			""";

	private static String axe;

	private Accessibility() {
	}

	/**
	 * Run axe-core on the whole document.
	 * @param browser the session, showing a settled page
	 * @return the serious and critical violations, empty when there are none
	 */
	static List<Violation> seriousViolations(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
			browser.script(source());
		}
		String answer = (String) browser.driver().executeAsyncScript(RUN);
		JsonNode result = json.readTree(answer);
		if (result.has("error")) {
			throw new IllegalStateException("axe-core failed: " + result.path("error").asString());
		}
		List<Violation> violations = new ArrayList<>();
		for (JsonNode violation : result) {
			List<String> targets = new ArrayList<>();
			violation.path("targets").forEach((target) -> targets.add(target.asString()));
			violations.add(new Violation(violation.path("id").asString(), violation.path("impact").asString(),
					violation.path("help").asString(), targets));
		}
		return violations;
	}

	/**
	 * One line per violation, for a failure message.
	 */
	static String describe(List<Violation> violations) {
		return violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
	}

	private static synchronized String source() {
		if (axe == null) {
			Path root = Path.of(System.getProperty("falcon.root", "..")).toAbsolutePath().normalize();
			Path file = root.resolve("frontend/node_modules/axe-core/axe.min.js");
			try {
				axe = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(
						"axe-core is missing at " + file + ": build the frontend first (npm ci in the reactor)", ex);
			}
		}
		return axe;
	}

	/**
	 * One axe-core rule that failed, and where.
	 *
	 * @param rule the rule id, such as {@code color-contrast}
	 * @param impact {@code serious} or {@code critical}
	 * @param help what the rule asks for
	 * @param targets CSS selectors of the failing elements
	 */
	record Violation(String rule, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return this.rule + " (" + this.impact + "): " + this.help + " at " + this.targets;
		}

	}

}
