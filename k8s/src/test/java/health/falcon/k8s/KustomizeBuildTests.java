package health.falcon.k8s;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kubectl kustomize} builds the base and both sites, its output parses, and the
 * invariants hold on what would be applied. Needs {@code /usr/bin/kubectl} (Debian's
 * {@code kubernetes-client}); skipped without it unless
 * {@code FALCON_REQUIRE_SYSTEM_TESTS=true}.
 */
class KustomizeBuildTests {

	private final ManifestInvariants invariants = ManifestInvariants.withTemplates();

	@ParameterizedTest
	@ValueSource(strings = { "iu", "tacc" })
	void siteBuildsAndKeepsEveryInvariant(String site) {
		List<HasMetadata> objects = Kubectl.kustomize(ManifestPaths.overlay(site));
		assertThat(this.invariants.violations(objects)).isEmpty();
		assertThat(objects).filteredOn((object) -> !clusterScoped(object))
			.allSatisfy((object) -> assertThat(object.getMetadata().getNamespace()).as(object.getKind())
				.isEqualTo("falcon"));
		ManifestSet set = new ManifestSet(objects);
		Map<String, String> siteValues = set.find(ConfigMap.class, "falcon-site").orElseThrow().getData();
		assertThat(siteValues).containsEntry("FALCON_SITE", site)
			.containsKey("FALCON_MONGODB_HOSTS")
			.containsKey("REDIS_HOST");
		assertThat(set.find(Deployment.class, "gateway-blue").orElseThrow().getSpec().getReplicas()).isGreaterThan(1);
		assertThat(set.find(Deployment.class, "gateway-green").orElseThrow().getSpec().getReplicas()).isZero();
		assertThat(objects).noneMatch((object) -> "Secret".equals(object.getKind()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "nginx" })
	void baseAndNginxConfigurationBuild(String what) {
		List<HasMetadata> objects = Kubectl
			.kustomize("base".equals(what) ? ManifestPaths.base() : ManifestPaths.nginx());
		assertThat(objects).isNotEmpty();
		if ("base".equals(what)) {
			assertThat(this.invariants.violations(objects)).isEmpty();
		}
		else {
			assertThat(objects).singleElement()
				.satisfies((object) -> assertThat(((ConfigMap) object).getData()).containsKeys("nginx.conf",
						"upstreams.conf", "resolver.conf"));
		}
	}

	private static boolean clusterScoped(HasMetadata object) {
		return List.of("Namespace", "ClusterRole", "ClusterRoleBinding").contains(object.getKind());
	}

}
