package health.falcon.k8s.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real HAProxy binary run in the foreground with the repository's
 * {@code haproxy/haproxy.cfg}; the tests skip without it unless
 * {@code FALCON_REQUIRE_SYSTEM_TESTS=true}.
 */
final class Haproxy implements AutoCloseable {

	private final Process process;

	private final Path log;

	private Haproxy(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static Path binary() {
		Optional<Path> found = Stream.concat(Stream.of(Path.of("/usr/sbin/haproxy")),
				Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
					.filter((dir) -> !dir.isEmpty())
					.map((dir) -> Path.of(dir, "haproxy")))
			.filter(Files::isExecutable)
			.findFirst();
		if (found.isEmpty() && "true".equals(System.getenv("FALCON_REQUIRE_SYSTEM_TESTS"))) {
			fail("haproxy is not installed and FALCON_REQUIRE_SYSTEM_TESTS=true");
		}
		assumeTrue(found.isPresent(), "haproxy is not installed");
		return found.orElseThrow();
	}

	static Path configuration() {
		Path root = Path.of("").toAbsolutePath();
		while (root != null && !Files.isRegularFile(root.resolve("haproxy/haproxy.cfg"))) {
			root = root.getParent();
		}
		if (root == null) {
			throw new IllegalStateException("No haproxy/haproxy.cfg above " + Path.of("").toAbsolutePath());
		}
		return root.resolve("haproxy/haproxy.cfg");
	}

	/**
	 * {@code haproxy -c}: its exit code and output.
	 */
	static Check check(Map<String, String> environment) {
		try {
			Process check = builder(environment, "-c").start();
			check.getOutputStream().close();
			if (!check.waitFor(30, TimeUnit.SECONDS)) {
				check.destroyForcibly();
				throw new IllegalStateException("haproxy -c did not end");
			}
			return new Check(check.exitValue(),
					new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Haproxy start(Map<String, String> environment, Path directory) {
		try {
			Path log = directory.resolve("haproxy.log");
			// -db: stay in the foreground, so that the test owns the process and stops
			// it.
			Process process = builder(environment, "-db").redirectOutput(log.toFile()).start();
			process.getOutputStream().close();
			return new Haproxy(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String log() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static ProcessBuilder builder(Map<String, String> environment, String mode) {
		List<String> command = new ArrayList<>(List.of(binary().toString(), mode, "-f", configuration().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		return builder;
	}

	/**
	 * The outcome of {@code haproxy -c}.
	 *
	 * @param exitCode its exit code
	 * @param output what it printed
	 */
	record Check(int exitCode, String output) {

	}

}
