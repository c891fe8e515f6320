package health.falcon.k8s.pipeline;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The options scripts/ci passes to each bluegreen command are the ones the real tool
 * offers (ISSUE 15's contract), checked through the wrapper when the reactor has built
 * {@code bluegreen/target/bluegreen.jar}; skipped otherwise. An unknown option makes a
 * command print its usage and exit 2 without reaching a cluster.
 */
class BluegreenContractTests {

	@BeforeEach
	void jarIsBuilt() {
		assumeTrue(Files.isRegularFile(Repository.root().resolve("bluegreen/target/bluegreen.jar")),
				"bluegreen/target/bluegreen.jar is not built");
	}

	@Test
	void wrapperRunsTheJar() {
		Command help = bluegreen("--help");
		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).contains("deploy", "promote", "rollback", "status", "finish");
	}

	@ParameterizedTest
	@CsvSource({ "deploy, --timeout", "promote, --scale-down-delay --no-wait --smoke-path", "rollback, ''",
			"status, ''", "finish, ''" })
	void offersTheOptionsTheScriptsPass(String command, String options) {
		Command usage = bluegreen(command, "--no-such-option");
		assertThat(usage.exitCode()).as(usage.output()).isEqualTo(2);
		assertThat(usage.output()).contains("--site", "--namespace", "--kubeconfig", "--dry-run");
		for (String option : options.split(" ")) {
			assertThat(usage.output()).contains(option);
		}
	}

	private static Command bluegreen(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Repository.ci().resolve("bluegreen").toString());
		command.addAll(List.of(arguments));
		return Command.run(Repository.root(), Map.of(), command);
	}

}
