package health.falcon.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.HasMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code kubectl kustomize} as a process: {@code /usr/bin/kubectl}, or {@code $KUBECTL}.
 * Without it the calling test is skipped, unless
 * {@code FALCON_REQUIRE_SYSTEM_TESTS=true}, which makes it fail.
 */
final class Kubectl {

	private Kubectl() {
	}

	static Path binary() {
		String configured = System.getenv("KUBECTL");
		Path binary = Path.of((configured != null && !configured.isBlank()) ? configured : "/usr/bin/kubectl");
		if (!Files.isExecutable(binary)) {
			assertThat("true".equals(System.getenv("FALCON_REQUIRE_SYSTEM_TESTS")))
				.as("FALCON_REQUIRE_SYSTEM_TESTS=true and %s is missing (apt-get install kubernetes-client)", binary)
				.isFalse();
			assumeThat(binary).as("kubectl (%s) is not installed", binary).isExecutable();
		}
		return binary;
	}

	/**
	 * Builds a kustomization and parses its output.
	 * @param directory the kustomization's directory
	 * @return every object of the output, parsed by fabric8
	 */
	static List<HasMetadata> kustomize(Path directory) {
		return Manifests.parse(run(directory), "kubectl kustomize " + directory);
	}

	static String run(Path directory) {
		try {
			Path errors = Files.createTempFile("kubectl", ".err");
			try {
				Process process = new ProcessBuilder(binary().toString(), "kustomize", directory.toString())
					.redirectError(errors.toFile())
					.start();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
				assertThat(process.exitValue()).as("kubectl kustomize %s: %s", directory, Files.readString(errors))
					.isZero();
				return output;
			}
			finally {
				Files.deleteIfExists(errors);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
