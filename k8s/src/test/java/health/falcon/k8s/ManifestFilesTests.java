package health.falcon.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every YAML file under {@code k8s/} and Nginx's kustomization parses: manifests into
 * typed fabric8 model objects with no unrecognised field, kustomizations and JSON 6902
 * patches as data using only fields both old and current kustomize accept.
 */
class ManifestFilesTests {

	@Test
	void everyManifestParsesIntoTypedObjectsWithoutUnknownFields() {
		List<Path> files = ManifestPaths.yamlFiles();
		assertThat(files).hasSizeGreaterThan(60);
		for (Path file : files) {
			if (isKustomization(file) || isJsonPatch(file)) {
				continue;
			}
			List<HasMetadata> objects = Manifests.read(file);
			assertThat(objects).as(file.toString()).isNotEmpty();
			for (HasMetadata object : objects) {
				assertThat(object.getMetadata().getName()).as(file + ": metadata.name").isNotBlank();
				assertThat(UnknownFields.of(object)).as(file + ": fields fabric8 does not know").isEmpty();
			}
		}
	}

	@Test
	void kustomizationsUseOnlyFieldsOldAndCurrentKustomizeAccept() {
		List<Path> kustomizations = ManifestPaths.yamlFiles()
			.stream()
			.filter(ManifestFilesTests::isKustomization)
			.toList();
		assertThat(kustomizations).hasSizeGreaterThan(10);
		for (Path file : kustomizations) {
			assertThat(Manifests.plainMap(file).keySet()).as(file.toString())
				.isSubsetOf(Kustomizations.PORTABLE_FIELDS);
		}
		assertThat(Manifests.plainMap(ManifestPaths.nginx().resolve("kustomization.yaml")).keySet())
			.isSubsetOf(Kustomizations.PORTABLE_FIELDS)
			.contains("configMapGenerator");
	}

	@Test
	void jsonPatchesAreListsOfOperations() {
		List<Path> patches = ManifestPaths.yamlFiles().stream().filter(ManifestFilesTests::isJsonPatch).toList();
		assertThat(patches).isNotEmpty();
		for (Path patch : patches) {
			assertThat((List<?>) Manifests.plain(ManifestPaths.read(patch))).as(patch.toString())
				.allSatisfy((operation) -> assertThat(((Map<?, ?>) operation).keySet().stream().map(String::valueOf))
					.contains("op", "path"));
		}
	}

	@Test
	void aMisspeltFieldIsFound() {
		List<HasMetadata> objects = Manifests.parse("""
				apiVersion: v1
				kind: Pod
				metadata:
				  name: typo
				spec:
				  containers:
				    - name: app
				      image: example/app:1.0
				      readinesProbe:
				        tcpSocket:
				          port: 8080
				""", "typo");
		assertThat(UnknownFields.of(objects.get(0))).containsExactly("spec.containers[0].readinesProbe");
	}

	@Test
	void anUnknownKindIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Manifests.parse("""
				apiVersion: example.org/v1
				kind: Widget
				metadata:
				  name: w
				""", "widget")).withMessageContaining("not a known Kubernetes kind");
	}

	private static boolean isKustomization(Path file) {
		return file.getFileName().toString().equals("kustomization.yaml");
	}

	private static boolean isJsonPatch(Path file) {
		return Manifests.documents(ManifestPaths.read(file))
			.stream()
			.anyMatch((document) -> document.lines().anyMatch((line) -> line.startsWith("- op:")));
	}

}
