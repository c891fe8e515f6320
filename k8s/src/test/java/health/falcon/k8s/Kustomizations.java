package health.falcon.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The objects a kustomization without patches produces, read without kubectl:
 * {@code resources} (files or directories), {@code bases} and {@code configMapGenerator}
 * (generated names without the content hash). It lets the base's invariants be checked on
 * a machine without kubectl; the overlays, which patch, are only built by kubectl
 * ({@link Kubectl}).
 */
final class Kustomizations {

	/**
	 * The fields a kustomization here may use: those both Debian's kubectl 1.20
	 * (kustomize 2.0.3) and current kustomize accept. Newer ones ({@code patches},
	 * {@code replicas}, {@code labels}) break the old one.
	 */
	static final Set<String> PORTABLE_FIELDS = Set.of("resources", "bases", "namespace", "images", "configMapGenerator",
			"generatorOptions", "patchesStrategicMerge", "patchesJson6902", "commonAnnotations");

	private Kustomizations() {
	}

	static List<HasMetadata> load(Path directory) {
		Map<String, Object> kustomization = Manifests.plainMap(directory.resolve("kustomization.yaml"));
		if (kustomization.containsKey("patchesStrategicMerge") || kustomization.containsKey("patchesJson6902")) {
			throw new UnsupportedOperationException(directory + " patches: build it with kubectl");
		}
		List<HasMetadata> objects = new ArrayList<>();
		for (String entry : strings(kustomization.get("bases"))) {
			objects.addAll(load(directory.resolve(entry).normalize()));
		}
		for (String entry : strings(kustomization.get("resources"))) {
			Path path = directory.resolve(entry).normalize();
			objects.addAll(Files.isDirectory(path) ? load(path) : Manifests.read(path));
		}
		for (Object generator : list(kustomization.get("configMapGenerator"))) {
			objects.add(configMap(directory, (Map<?, ?>) generator));
		}
		return objects;
	}

	/**
	 * The files and directories a kustomization lists under {@code resources} and
	 * {@code bases}.
	 */
	static List<Path> listed(Path directory) {
		Map<String, Object> kustomization = Manifests.plainMap(directory.resolve("kustomization.yaml"));
		List<Path> listed = new ArrayList<>();
		for (String field : List.of("resources", "bases", "patchesStrategicMerge")) {
			strings(kustomization.get(field)).forEach((entry) -> listed.add(directory.resolve(entry).normalize()));
		}
		return listed;
	}

	private static HasMetadata configMap(Path directory, Map<?, ?> generator) {
		Map<String, String> data = new LinkedHashMap<>();
		for (String file : strings(generator.get("files"))) {
			Path path = directory.resolve(file);
			data.put(path.getFileName().toString(), ManifestPaths.read(path));
		}
		for (String literal : strings(generator.get("literals"))) {
			int equals = literal.indexOf('=');
			data.put(literal.substring(0, equals), literal.substring(equals + 1));
		}
		return new ConfigMapBuilder().withNewMetadata()
			.withName(String.valueOf(generator.get("name")))
			.endMetadata()
			.withData(data)
			.build();
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	private static List<String> strings(Object value) {
		return list(value).stream().map(String::valueOf).toList();
	}

}
