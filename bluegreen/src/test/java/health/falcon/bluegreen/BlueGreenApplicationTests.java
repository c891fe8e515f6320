package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlueGreenApplicationTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@ParameterizedTest
	@ValueSource(strings = { "", "unknown", "status --output yaml", "status --site dc3", "status a b",
			"deploy backend-server", "deploy", "promote", "promote backend-server --scale-down-delay soon",
			"promote backend-server --smoke-timeout -5s", "rollback", "rollback a b", "finish",
			"deploy backend-server image:1 --timeout" })
	void answersUsageErrorsWithExitCode2BeforeTouchingTheCluster(String line) {
		int code = run(line.isEmpty() ? new String[0] : line.split(" "));

		assertThat(code).as(this.err.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).isNotEmpty();
	}

	@Test
	void printsHelpWithTheExitCodes() {
		assertThat(run("--help")).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("status", "deploy", "promote", "rollback", "finish",
				"4 smoke check failed (nothing switched)");
	}

	@Test
	void printsEachCommandsOptions() {
		assertThat(run("help", "promote")).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("--smoke-path", "--smoke-url", "--scale-down-delay", "--no-wait",
				"--actor", "--site", "--kubeconfig", "--namespace", "--dry-run", "default: 120s",
				"/actuator/health/readiness");
	}

	@Test
	void acceptsSitesInAnyCase() {
		// Parsing succeeds, so the run reaches the cluster, which this test does not
		// have.
		assertThat(run("status", "--site", "TACC")).isEqualTo(ExitCodes.ERROR);
		assertThat(this.err.toString()).contains("no cluster in this test");
	}

	private int run(String... args) {
		BlueGreenContext context = new BlueGreenContext((options) -> {
			throw new IllegalStateException("no cluster in this test");
		}, Clock.systemUTC(), Map.of(), Pause.SLEEP);
		return BlueGreenApplication.execute(context, new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

}
