package health.falcon.k8s;

import java.util.List;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kube-monkey is configured safely: dry run by default, this namespace only, never
 * kube-system, a time zone; cluster-wide it may only read workloads, and it may delete
 * pods only in its own namespace.
 */
class KubeMonkeyTests {

	private final ManifestSet base = new ManifestSet(Kustomizations.load(ManifestPaths.base()));

	@Test
	void configIsADryRunLimitedToTheFalconNamespace() {
		String toml = this.base.find(ConfigMap.class, "kube-monkey-config").orElseThrow().getData().get("config.toml");
		List<String> settings = toml.lines().map(String::strip).filter((line) -> !line.startsWith("#")).toList();
		assertThat(settings)
			.contains("[kubemonkey]", "dry_run = true", "whitelisted_namespaces = [\"falcon\"]",
					"blacklisted_namespaces = [\"kube-system\"]")
			.anyMatch((line) -> line.startsWith("time_zone = "))
			.anyMatch((line) -> line.startsWith("run_hour = "))
			.anyMatch((line) -> line.startsWith("start_hour = "))
			.anyMatch((line) -> line.startsWith("end_hour = "));
	}

	@Test
	void clusterWideItOnlyReadsAndItDeletesOnlyPodsInItsNamespace() {
		ClusterRole clusterRole = this.base.find(ClusterRole.class, "falcon-kube-monkey").orElseThrow();
		assertThat(clusterRole.getRules()).flatExtracting(PolicyRule::getVerbs).containsOnly("get", "list");
		Role role = this.base.find(Role.class, "kube-monkey").orElseThrow();
		assertThat(role.getRules()).singleElement().satisfies((rule) -> {
			assertThat(rule.getResources()).containsExactly("pods");
			assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "list", "delete");
		});
	}

}
