package health.falcon.systemtests;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole local suite, started the way a user starts it: {@code ./run.sh}, with its own
 * {@code FALCON_HOME} under {@code target/} and every port moved by an offset so that it
 * can run beside a developer's own stack. One instance serves all system tests of a run.
 */
final class LocalStack implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalStack.class);

	static final int PORT_OFFSET = Integer.getInteger("falcon.systemtests.port-offset", 10000);

	private static LocalStack instance;

	private final Process process;

	private final Path home;

	private LocalStack(Process process, Path home) {
		this.process = process;
		this.home = home;
	}

	static synchronized LocalStack get() {
		if (instance == null) {
			instance = start();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
		}
		return instance;
	}

	URI gateway() {
		return URI.create("http://localhost:" + (8080 + PORT_OFFSET));
	}

	URI provider() {
		return URI.create("http://localhost:" + (9000 + PORT_OFFSET));
	}

	URI sandbox() {
		return URI.create("http://localhost:" + (9100 + PORT_OFFSET));
	}

	Path home() {
		return this.home;
	}

	boolean isRunning() {
		return this.process.isAlive();
	}

	private static LocalStack start() {
		Path root = Path.of(System.getProperty("falcon.root", "..")).toAbsolutePath().normalize();
		Path home = Path.of("target", "falcon-home").toAbsolutePath();
		try {
			Files.createDirectories(home);
			ProcessBuilder builder = new ProcessBuilder(List.of(root.resolve("run.sh").toString()));
			builder.directory(root.toFile());
			Map<String, String> env = builder.environment();
			env.put("FALCON_HOME", home.toString());
			env.put("FALCON_BUILD", "never");
			env.put("FALCON_PORT_OFFSET", Integer.toString(PORT_OFFSET));
			// per-second heart rate makes a year of Fitbit history long to fetch; three
			// days prove the path
			env.put("FALCON_FITBIT_BACKFILL_DEPTH", "3d");
			// The sandbox applies Strava's real app-wide read limit (100 per 15 minutes);
			// two users' backfills with 50 calorie look-ups each would spend it and leave
			// the second backfill waiting for the next window.
			env.put("FALCON_FITNESS_DETAILFETCHESPERRUN", "10");
			builder.redirectErrorStream(true);
			builder.redirectOutput(home.resolve("run.sh.out").toFile());
			Process process = builder.start();
			LocalStack stack = new LocalStack(process, home);
			logger.info("Started ./run.sh (pid {}), FALCON_HOME={}", process.pid(), home);
			Awaitility.await("./run.sh reports all components ready")
				.atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofMillis(500))
				.failFast("./run.sh exited", () -> !process.isAlive())
				.until(() -> Files.readString(home.resolve("run.sh.out")).contains("components ready in"));
			return stack;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start ./run.sh", ex);
		}
	}

	/** Stop the suite the way a user does (SIGTERM to run.sh) and wait for it. */
	@Override
	public synchronized void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static boolean portOpen(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return socket.isConnected();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
