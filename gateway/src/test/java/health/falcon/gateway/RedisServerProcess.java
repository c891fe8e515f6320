package health.falcon.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real {@code redis-server} on a free loopback port, without persistence. Missing
 * binary: the test is skipped with a loud warning, or fails when
 * {@code FALCON_REQUIRE_SYSTEM_TESTS=true} (CI).
 */
final class RedisServerProcess implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RedisServerProcess.class);

	private static final Path BINARY = Path.of("/usr/bin/redis-server");

	private final Process process;

	private final int port;

	private RedisServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static RedisServerProcess start() {
		if (!Files.isExecutable(BINARY)) {
			String message = "redis-server is not installed (Debian package redis-server)";
			if (Boolean.parseBoolean(System.getenv("FALCON_REQUIRE_SYSTEM_TESTS"))) {
				throw new IllegalStateException(message + " and FALCON_REQUIRE_SYSTEM_TESTS=true");
			}
			logger.warn("!!! SKIPPED: {} !!!", message);
			Assumptions.abort(message);
		}
		try {
			int port = freePort();
			Process process = new ProcessBuilder(List.of(BINARY.toString(), "--port", Integer.toString(port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no"))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> accepts(port));
			return new RedisServerProcess(process, port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start redis-server", ex);
		}
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.process.destroy();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
