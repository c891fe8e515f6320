package health.falcon.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * Every rule the manifests of a site (or of the base) must keep:
 * {@link BlueGreenInvariants} per service, {@link WorkloadInvariants} per pod template, a
 * default-deny ingress policy. The Secret templates ({@code k8s/base/secrets/}) are what
 * secret references must resolve to.
 *
 * @param secretTemplates each template's name and keys
 */
record ManifestInvariants(Map<String, Set<String>> secretTemplates) {

	static ManifestInvariants withTemplates() {
		return new ManifestInvariants(secretTemplates(ManifestPaths.secretTemplates()));
	}

	/**
	 * Checks a set of manifests.
	 * @param objects the objects, e.g. the output of {@code kubectl kustomize}
	 * @return every violation as a sentence; empty when all rules hold
	 */
	List<String> violations(List<HasMetadata> objects) {
		ManifestSet set = new ManifestSet(objects);
		Violations violations = new Violations();
		FalconService.ALL.forEach((service) -> BlueGreenInvariants.check(set, service, violations));
		BlueGreenInvariants.checkDisjointSelectors(set, violations);
		WorkloadInvariants.check(set, this.secretTemplates, violations);
		violations.unless(set.all(NetworkPolicy.class).stream().anyMatch(ManifestInvariants::defaultDenyIngress),
				"no default-deny ingress NetworkPolicy");
		return violations.list();
	}

	static Map<String, Set<String>> secretTemplates(Path directory) {
		Map<String, Set<String>> templates = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((file) -> file.toString().endsWith(".yaml")).sorted().forEach((file) -> {
				for (HasMetadata object : Manifests.read(file)) {
					if (object instanceof Secret secret) {
						Set<String> keys = new HashSet<>(secret.getStringData().keySet());
						keys.addAll(secret.getData().keySet());
						templates.put(secret.getMetadata().getName(), keys);
					}
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return templates;
	}

	private static boolean defaultDenyIngress(NetworkPolicy policy) {
		NetworkPolicySpec spec = policy.getSpec();
		return spec.getPodSelector().getMatchLabels().isEmpty() && spec.getPodSelector().getMatchExpressions().isEmpty()
				&& spec.getPolicyTypes().contains("Ingress") && spec.getIngress().isEmpty();
	}

}
