package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

/**
 * Runs the tool in-process against the mock server, the way {@code java -jar} runs it,
 * and keeps what it printed.
 */
final class Cli {

	private BlueGreenContext context;

	Cli(KubernetesMockServer server) {
		this.context = new BlueGreenContext((options) -> server.createClient(), Clock.systemUTC(),
				Map.of("USER", "tester"), Pause.SLEEP);
	}

	Cli clock(Clock clock) {
		this.context = new BlueGreenContext(this.context.clients(), clock, this.context.environment(),
				this.context.pause());
		return this;
	}

	Cli environment(Map<String, String> environment) {
		this.context = new BlueGreenContext(this.context.clients(), this.context.clock(), environment,
				this.context.pause());
		return this;
	}

	Cli pause(Pause pause) {
		this.context = new BlueGreenContext(this.context.clients(), this.context.clock(), this.context.environment(),
				pause);
		return this;
	}

	Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = BlueGreenApplication.execute(this.context, new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	/**
	 * What one run gave.
	 *
	 * @param exitCode the exit code
	 * @param out what went to stdout
	 * @param err what went to stderr
	 */
	record Result(int exitCode, String out, String err) {

	}

}
