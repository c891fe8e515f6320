package health.falcon.k8s.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end, bounded in time, and keeps its exit code and output.
 *
 * @param exitCode the process's exit code
 * @param output standard output and standard error, interleaved
 */
record Command(int exitCode, String output) {

	private static final Duration TIMEOUT = Duration.ofSeconds(180);

	static Command run(Path directory, Map<String, String> environment, List<String> command) {
		try {
			Path log = Files.createTempFile("falcon-command", ".log");
			try {
				ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
					.redirectErrorStream(true)
					.redirectOutput(log.toFile());
				builder.environment().putAll(environment);
				Process process = builder.start();
				process.getOutputStream().close();
				if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
					throw new IllegalStateException(command + " did not end within " + TIMEOUT);
				}
				return new Command(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(log);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(command + " could not run", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(command + " was interrupted", ex);
		}
	}

}
