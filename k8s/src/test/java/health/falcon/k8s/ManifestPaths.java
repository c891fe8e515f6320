package health.falcon.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the manifests are: the tests run in the {@code k8s} module, one level below the
 * repository root.
 */
final class ManifestPaths {

	private ManifestPaths() {
	}

	static Path root() {
		Path here = Path.of("").toAbsolutePath();
		return Files.isDirectory(here.resolve("k8s/base")) ? here : here.getParent();
	}

	static Path k8s() {
		return root().resolve("k8s");
	}

	static Path base() {
		return k8s().resolve("base");
	}

	static Path overlay(String site) {
		return k8s().resolve("overlays").resolve(site);
	}

	static Path nginx() {
		return root().resolve("nginx");
	}

	static Path secretTemplates() {
		return base().resolve("secrets");
	}

	/** Every YAML file under {@code k8s/} (build output and test sources excluded). */
	static List<Path> yamlFiles() {
		Path k8s = k8s();
		try (Stream<Path> files = Files.walk(k8s)) {
			return files.filter((path) -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
				.filter((path) -> !path.startsWith(k8s.resolve("target")) && !path.startsWith(k8s.resolve("src")))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
