package health.falcon.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * Reads YAML into fabric8 model objects without a {@code KubernetesClient}: one object
 * per document.
 */
final class Manifests {

	private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

	private static final Pattern CONTENT_LINE = Pattern.compile("(?m)^\\s*[^#\\s]");

	private Manifests() {
	}

	/**
	 * Parses every document of a YAML text into a typed fabric8 model object.
	 * @param yaml one or more documents separated by {@code ---}
	 * @param origin named in the failure when a document is not a known kind
	 * @return the objects in document order (documents holding only comments are skipped)
	 * @throws IllegalArgumentException when a document is not a Kubernetes kind fabric8
	 * knows
	 */
	static List<HasMetadata> parse(String yaml, String origin) {
		List<HasMetadata> objects = new ArrayList<>();
		for (String document : documents(yaml)) {
			KubernetesResource resource = Serialization.unmarshal(document, KubernetesResource.class);
			if (!(resource instanceof HasMetadata object) || resource instanceof GenericKubernetesResource) {
				throw new IllegalArgumentException(origin + ": not a known Kubernetes kind: "
						+ ((resource != null) ? resource.getClass().getSimpleName() : "empty"));
			}
			objects.add(object);
		}
		return objects;
	}

	static List<HasMetadata> read(Path file) {
		return parse(ManifestPaths.read(file), file.toString());
	}

	/** The documents of a YAML text that hold more than comments. */
	static List<String> documents(String yaml) {
		return DOCUMENT_SEPARATOR.splitAsStream(yaml).filter((doc) -> CONTENT_LINE.matcher(doc).find()).toList();
	}

	/**
	 * A YAML document that is no Kubernetes object (a kustomization, a JSON 6902 patch)
	 * as plain data.
	 */
	static Object plain(String yaml) {
		return Serialization.yamlMapper().readValue(yaml, Object.class);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> plainMap(Path file) {
		Object value = plain(ManifestPaths.read(file));
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalArgumentException(file + ": not a YAML mapping");
		}
		return (Map<String, Object>) value;
	}

}
