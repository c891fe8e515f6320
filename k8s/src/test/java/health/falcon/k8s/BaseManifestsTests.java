package health.falcon.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base, read without kubectl: the invariants hold, the hand-switch files are full
 * live Services for their colour and are not part of any kustomization, and the Secret
 * templates hold keys only.
 */
class BaseManifestsTests {

	private final ManifestInvariants invariants = ManifestInvariants.withTemplates();

	@Test
	void baseKeepsEveryInvariant() {
		assertThat(this.invariants.violations(Kustomizations.load(ManifestPaths.base()))).isEmpty();
	}

	@Test
	void everyServiceHasItsFilesInTheAgreedLayout() {
		for (FalconService service : FalconService.ALL) {
			Path directory = ManifestPaths.base().resolve(service.name());
			assertThat(directory.resolve("deployment-blue.yaml")).isRegularFile();
			assertThat(directory.resolve("deployment-green.yaml")).isRegularFile();
			assertThat(directory.resolve("service.yaml")).isRegularFile();
			assertThat(directory.resolve("service-preview.yaml")).isRegularFile();
			assertThat(directory.resolve("kustomization.yaml")).isRegularFile();
		}
	}

	@Test
	void handSwitchFilesSelectTheirColourUnderTheLiveServicesName() {
		for (FalconService service : FalconService.ALL) {
			Path directory = ManifestPaths.base().resolve(service.name());
			Service live = (Service) Manifests.read(directory.resolve("service.yaml")).get(0);
			for (String colour : FalconService.COLOURS) {
				Path file = directory.resolve("service-" + service.name() + "-" + colour + ".yaml");
				List<HasMetadata> objects = Manifests.read(file);
				assertThat(objects).as(file.toString()).singleElement().isInstanceOf(Service.class);
				Service handSwitch = (Service) objects.get(0);
				assertThat(handSwitch.getMetadata().getName()).isEqualTo(service.name());
				assertThat(handSwitch.getSpec().getSelector())
					.isEqualTo(Map.of("app", service.name(), "color", colour));
				assertThat(handSwitch.getSpec().getPorts()).isEqualTo(live.getSpec().getPorts());
				assertThat(handSwitch.getMetadata().getLabels()).isEqualTo(live.getMetadata().getLabels());
				assertThat(Kustomizations.listed(directory)).as("kustomization of " + service.name())
					.doesNotContain(file);
			}
		}
	}

	@Test
	void secretTemplatesHoldKeysButNoValuesAndNoKustomizationListsThem() {
		Map<String, Set<String>> templates = ManifestInvariants.secretTemplates(ManifestPaths.secretTemplates());
		assertThat(templates).containsKeys("gateway-secrets", "redis-auth", "mongodb-root", "mongodb-keyfile",
				"mongodb-app", "fitness-service-secrets", "diet-service-secrets", "fitbit-service-secrets",
				"dropbox-ingest-secrets");
		assertThat(templates.values()).allSatisfy((keys) -> assertThat(keys).isNotEmpty());
		List<HasMetadata> secrets = templates.keySet()
			.stream()
			.flatMap((name) -> Manifests.read(ManifestPaths.secretTemplates().resolve(name + ".yaml")).stream())
			.toList();
		assertThat(new ManifestInvariants(templates).violations(secrets))
			.noneMatch((violation) -> violation.startsWith("Secret "));
		assertThat(Files.exists(ManifestPaths.secretTemplates().resolve("kustomization.yaml"))).isFalse();
		assertThat(Kustomizations.load(ManifestPaths.base())).noneMatch((object) -> "Secret".equals(object.getKind()));
	}

}
