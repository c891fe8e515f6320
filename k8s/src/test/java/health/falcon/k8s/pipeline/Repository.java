package health.falcon.k8s.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout the tests run in: the k8s module's parent directory.
 */
final class Repository {

	private Repository() {
	}

	static Path root() {
		Path root = Path.of("").toAbsolutePath();
		while (root != null && !Files.isRegularFile(root.resolve("Jenkinsfile"))) {
			root = root.getParent();
		}
		if (root == null) {
			throw new IllegalStateException("No Jenkinsfile above " + Path.of("").toAbsolutePath());
		}
		return root;
	}

	static Path ci() {
		return root().resolve("scripts/ci");
	}

}
