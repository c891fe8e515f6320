package health.falcon.k8s.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every script under {@code scripts/ci/}: valid bash, strict mode, and a {@code --help}
 * that works anywhere (no cluster, no registry, no bluegreen jar needed).
 */
class CiScriptsTests {

	static Stream<Path> scripts() throws IOException {
		try (Stream<Path> files = Files.list(Repository.ci())) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.toString().endsWith(".md"))
				.sorted()
				.toList()
				.stream();
		}
	}

	static Stream<Path> commands() throws IOException {
		return scripts().filter((script) -> script.toString().endsWith(".sh")).filter(Files::isExecutable);
	}

	@ParameterizedTest
	@MethodSource("scripts")
	void isValidBash(Path script) throws IOException {
		assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash\n");
		Command check = Command.run(Repository.root(), Map.of(), List.of("bash", "-n", script.toString()));
		assertThat(check.exitCode()).as(check.output()).isZero();
	}

	@ParameterizedTest
	@MethodSource("scripts")
	void runsInStrictModeUnlessItOnlyHoldsTheServiceList(Path script) throws IOException {
		if (!script.endsWith("services.sh")) {
			assertThat(Files.readString(script)).contains("\nset -euo pipefail\n");
		}
	}

	@ParameterizedTest
	@MethodSource("commands")
	void explainsItselfWithHelp(Path script) {
		Command help = Command.run(Repository.root(), Map.of(), List.of(script.toString(), "--help"));
		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).startsWith("Usage: scripts/ci/" + script.getFileName());
	}

	@ParameterizedTest
	@MethodSource("commands")
	void refusesAnUnknownOptionWithTheUsageExitCode(Path script) {
		Command wrong = Command.run(Repository.root(), Map.of(), List.of(script.toString(), "--no-such-option"));
		assertThat(wrong.exitCode()).as(wrong.output()).isEqualTo(2);
	}

	@Test
	void listsTheServicesInOnePlace() throws IOException {
		Command list = Command.run(Repository.root(), Map.of(),
				List.of("bash", "-c", ". scripts/ci/services.sh; printf '%s\\n' \"${FALCON_SERVICES[@]}\""));
		assertThat(list.output().lines()).containsExactlyInAnyOrder("gateway", "backend-server", "backend-data",
				"fitness-service", "fitbit-service", "diet-service", "dropbox-ingest");
		assertThat(list.output().lines()).last().isEqualTo("gateway");
		try (Stream<Path> files = Files.list(Repository.ci())) {
			assertThat(files.filter((file) -> !file.endsWith("services.sh") && !file.toString().endsWith(".md")))
				.allSatisfy((file) -> assertThat(Files.readString(file)).doesNotContain("fitbit-service"));
		}
	}

	@Test
	void wrapsTheBluegreenJar() throws IOException {
		Path wrapper = Repository.ci().resolve("bluegreen");
		assertThat(wrapper).isExecutable();
		assertThat(Files.readString(wrapper)).contains("exec java").contains("bluegreen/target/bluegreen.jar");
	}

}
