package health.falcon.k8s.pipeline;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The options scripts/ci passes to each bluegreen command are the ones the real tool
 * offers (ISSUE 15's contract), checked through the wrapper when the reactor has built
 * {@code bluegreen/target/bluegreen.jar}; skipped otherwise.
 */
class BluegreenContractTests {

	@ParameterizedTest
	@CsvSource({ "deploy, --timeout", "promote, --scale-down-delay --no-wait --smoke-path", "rollback, ''",
			"status, ''", "finish, ''" })
	void offersTheOptionsTheScriptsPass(String command, String options) {
		assumeTrue(Files.isRegularFile(Repository.root().resolve("bluegreen/target/bluegreen.jar")),
				"bluegreen/target/bluegreen.jar is not built");
		Command help = Command.run(Repository.root(), Map.of(),
				List.of(Repository.ci().resolve("bluegreen").toString(), command, "--help"));
		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).contains("--site", "--namespace", "--kubeconfig", "--dry-run");
		for (String option : options.split(" ")) {
			assertThat(help.output()).contains(option);
		}
	}

}
