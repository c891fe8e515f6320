package health.falcon.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * The rules of every pod template (Deployments, StatefulSets, Jobs) and every container
 * in it: resources, a restricted security context, probes where the pod serves, pinned
 * images, and configuration and secret references that resolve; and no Secret that
 * carries a value.
 */
final class WorkloadInvariants {

	/**
	 * Containers that serve nothing a probe could ask (kube-monkey has no HTTP endpoint).
	 */
	static final Set<String> WITHOUT_PROBES = Set.of("kube-monkey");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

	private WorkloadInvariants() {
	}

	static void check(ManifestSet set, Map<String, Set<String>> secretTemplates, Violations violations) {
		for (ManifestSet.Workload workload : set.workloads()) {
			PodSpec pod = workload.template().getSpec();
			List<Container> all = new ArrayList<>(pod.getInitContainers());
			all.addAll(pod.getContainers());
			for (Container container : all) {
				String where = workload.name() + " container " + container.getName();
				checkResources(where, container.getResources(), violations);
				checkSecurity(where, pod.getSecurityContext(), container.getSecurityContext(), violations);
				checkImage(where, container.getImage(), violations);
				checkEnvironment(where, set, secretTemplates, container, violations);
			}
			if (workload.serves()) {
				pod.getContainers().forEach((container) -> checkProbes(workload.name(), container, violations));
			}
			pod.getVolumes()
				.forEach((volume) -> checkVolume(workload.name(), set, secretTemplates, volume, violations));
		}
		for (Secret secret : set.all(Secret.class)) {
			boolean empty = secret.getData().values().stream().allMatch(WorkloadInvariants::blank)
					&& secret.getStringData().values().stream().allMatch(WorkloadInvariants::blank);
			violations.unless(empty, "Secret %s carries a value: Secrets are templates only",
					secret.getMetadata().getName());
		}
	}

	private static void checkResources(String where, ResourceRequirements resources, Violations violations) {
		for (String resource : List.of("cpu", "memory")) {
			violations.unless(
					resources != null && resources.getRequests().containsKey(resource)
							&& resources.getLimits().containsKey(resource),
					"%s: no %s request and limit", where, resource);
		}
	}

	private static void checkSecurity(String where, PodSecurityContext pod, SecurityContext container,
			Violations violations) {
		if (container == null) {
			violations.add("%s: no securityContext", where);
			return;
		}
		boolean nonRoot = Boolean.TRUE.equals(container.getRunAsNonRoot())
				|| (pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
		violations.unless(nonRoot, "%s: runAsNonRoot is not true", where);
		violations.unless(Boolean.FALSE.equals(container.getAllowPrivilegeEscalation()),
				"%s: allowPrivilegeEscalation is not false", where);
		violations.unless(Boolean.TRUE.equals(container.getReadOnlyRootFilesystem()),
				"%s: readOnlyRootFilesystem is not true", where);
		violations.unless(container.getCapabilities() != null && container.getCapabilities().getDrop().contains("ALL"),
				"%s: capabilities do not drop ALL", where);
		boolean seccomp = (container.getSeccompProfile() != null
				&& "RuntimeDefault".equals(container.getSeccompProfile().getType()))
				|| (pod != null && pod.getSeccompProfile() != null
						&& "RuntimeDefault".equals(pod.getSeccompProfile().getType()));
		violations.unless(seccomp, "%s: seccompProfile is not RuntimeDefault", where);
	}

	private static void checkImage(String where, String image, Violations violations) {
		String lastPart = image.substring(image.lastIndexOf('/') + 1);
		boolean pinned = image.contains("@sha256:") || (lastPart.contains(":") && !lastPart.endsWith(":latest"));
		violations.unless(pinned, "%s: image %s has no tag or uses latest", where, image);
	}

	private static void checkProbes(String where, Container container, Violations violations) {
		if (!WITHOUT_PROBES.contains(container.getName())) {
			violations.unless(
					container.getReadinessProbe() != null && container.getLivenessProbe() != null
							&& container.getStartupProbe() != null,
					"%s container %s: readiness, liveness and startup probes needed", where, container.getName());
		}
	}

	private static void checkEnvironment(String where, ManifestSet set, Map<String, Set<String>> secretTemplates,
			Container container, Violations violations) {
		Set<String> defined = new HashSet<>();
		for (EnvFromSource source : container.getEnvFrom()) {
			if (source.getConfigMapRef() != null) {
				String name = source.getConfigMapRef().getName();
				Optional<ConfigMap> configMap = set.findGenerated(ConfigMap.class, name);
				violations.unless(configMap.isPresent(), "%s: envFrom ConfigMap %s does not exist", where, name);
				configMap.ifPresent((found) -> defined.addAll(found.getData().keySet()));
			}
			if (source.getSecretRef() != null) {
				violations.unless(secretTemplates.containsKey(source.getSecretRef().getName()),
						"%s: envFrom Secret %s has no template", where, source.getSecretRef().getName());
			}
		}
		for (EnvVar variable : container.getEnv()) {
			checkVariable(where, set, secretTemplates, variable, defined, violations);
			defined.add(variable.getName());
		}
	}

	private static void checkVariable(String where, ManifestSet set, Map<String, Set<String>> secretTemplates,
			EnvVar variable, Set<String> defined, Violations violations) {
		if (variable.getValue() != null) {
			Matcher reference = VARIABLE.matcher(variable.getValue());
			while (reference.find()) {
				violations.unless(defined.contains(reference.group(1)), "%s: %s uses $(%s) before it is defined", where,
						variable.getName(), reference.group(1));
			}
		}
		if (variable.getValueFrom() == null) {
			return;
		}
		ConfigMapKeySelector configMapKey = variable.getValueFrom().getConfigMapKeyRef();
		if (configMapKey != null) {
			Optional<ConfigMap> configMap = set.findGenerated(ConfigMap.class, configMapKey.getName());
			violations.unless(configMap.isPresent() && configMap.get().getData().containsKey(configMapKey.getKey()),
					"%s: %s reads key %s of ConfigMap %s, which does not exist", where, variable.getName(),
					configMapKey.getKey(), configMapKey.getName());
		}
		SecretKeySelector secretKey = variable.getValueFrom().getSecretKeyRef();
		if (secretKey != null) {
			violations.unless(secretTemplates.getOrDefault(secretKey.getName(), Set.of()).contains(secretKey.getKey()),
					"%s: %s reads key %s of Secret %s, which has no template with that key", where, variable.getName(),
					secretKey.getKey(), secretKey.getName());
		}
	}

	private static void checkVolume(String where, ManifestSet set, Map<String, Set<String>> secretTemplates,
			Volume volume, Violations violations) {
		if (volume.getConfigMap() != null) {
			violations.unless(set.findGenerated(ConfigMap.class, volume.getConfigMap().getName()).isPresent(),
					"%s: volume %s mounts ConfigMap %s, which does not exist", where, volume.getName(),
					volume.getConfigMap().getName());
		}
		if (volume.getSecret() != null) {
			violations.unless(secretTemplates.containsKey(volume.getSecret().getSecretName()),
					"%s: volume %s mounts Secret %s, which has no template", where, volume.getName(),
					volume.getSecret().getSecretName());
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
