package health.falcon.k8s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * The blue/green rules of every service: two Deployments with disjoint selectors,
 * identical but for the colour; the live Service on exactly one colour and the preview
 * Service on the other; a budget per colour that never blocks a drain; a network policy;
 * and kube-monkey's opt-in labels on the Deployments and on their pod templates.
 */
final class BlueGreenInvariants {

	static final Map<String, String> KUBE_MONKEY_LABELS = Map.of("kube-monkey/enabled", "enabled", "kube-monkey/mtbf",
			"2", "kube-monkey/kill-mode", "fixed", "kube-monkey/kill-value", "1");

	private BlueGreenInvariants() {
	}

	static void check(ManifestSet set, FalconService service, Violations violations) {
		for (String colour : FalconService.COLOURS) {
			Optional<Deployment> deployment = set.find(Deployment.class, service.deployment(colour));
			violations.unless(deployment.isPresent(), "Deployment %s is missing", service.deployment(colour));
			deployment.ifPresent((found) -> checkDeployment(found, service, colour, violations));
			violations.unless(
					set.all(PodDisruptionBudget.class).stream().anyMatch((pdb) -> drainSafe(pdb, service, colour)),
					"no PodDisruptionBudget with maxUnavailable selects {app: %s, color: %s}", service.name(), colour);
		}
		checkSameButColour(set, service, violations);
		Optional<String> live = checkService(set, set.find(Service.class, service.name()), service, null, violations);
		live.ifPresent((colour) -> checkService(set, set.find(Service.class, service.preview()), service,
				FalconService.otherColour(colour), violations));
		violations.unless(set.all(NetworkPolicy.class).stream().anyMatch((policy) -> selects(policy, service)),
				"no NetworkPolicy selects app=%s", service.name());
	}

	/** No Deployment's selector matches another Deployment's pods. */
	static void checkDisjointSelectors(ManifestSet set, Violations violations) {
		for (Deployment a : set.all(Deployment.class)) {
			for (Deployment b : set.all(Deployment.class)) {
				violations.unless(a == b
						|| !matches(a.getSpec().getSelector(), b.getSpec().getTemplate().getMetadata().getLabels()),
						"the selector of Deployment %s also selects the pods of %s", name(a), name(b));
			}
		}
	}

	private static void checkDeployment(Deployment deployment, FalconService service, String colour,
			Violations violations) {
		String name = name(deployment);
		LabelSelector selector = deployment.getSpec().getSelector();
		violations.unless(
				Map.of("app", service.name(), "color", colour).equals(selector.getMatchLabels())
						&& selector.getMatchExpressions().isEmpty(),
				"Deployment %s: selector must be exactly {app: %s, color: %s}", name, service.name(), colour);
		Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		violations.unless(matches(selector, podLabels), "Deployment %s: its pod template does not match its selector",
				name);
		checkKubeMonkey(name, deployment.getMetadata().getLabels(), service.deployment(colour), violations);
		checkKubeMonkey(name + " pod template", podLabels, service.deployment(colour), violations);
		checkPod(name, deployment.getSpec().getTemplate(), service, colour, violations);
	}

	/**
	 * Prometheus scrapes the management port, the probes ask the actuator's groups there,
	 * the pod knows its colour, starts with the class-data archive when the image has
	 * one, and has time to shut down gracefully after its preStop pause.
	 */
	private static void checkPod(String name, PodTemplateSpec template, FalconService service, String colour,
			Violations violations) {
		Map<String, String> annotations = Objects.requireNonNullElse(template.getMetadata().getAnnotations(), Map.of());
		violations.unless(
				"true".equals(annotations.get("prometheus.io/scrape"))
						&& String.valueOf(service.managementPort()).equals(annotations.get("prometheus.io/port"))
						&& "/actuator/prometheus".equals(annotations.get("prometheus.io/path")),
				"Deployment %s: Prometheus annotations must name port %d and /actuator/prometheus", name,
				service.managementPort());
		Container container = template.getSpec().getContainers().get(0);
		violations.unless(probes(container, "/actuator/health/readiness", "/actuator/health/liveness"),
				"Deployment %s: readiness and liveness must ask /actuator/health/{readiness,liveness} on port management",
				name);
		Map<String, String> env = new HashMap<>();
		container.getEnv()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.forEach((variable) -> env.put(variable.getName(), variable.getValue()));
		violations.unless(colour.equals(env.get("FALCON_RELEASE_COLOUR")),
				"Deployment %s: FALCON_RELEASE_COLOUR must be %s", name, colour);
		violations.unless(
				String.valueOf(env.get("JAVA_TOOL_OPTIONS")).contains("-XX:SharedArchiveFile=/app/cds/app.jsa")
						&& env.get("JAVA_TOOL_OPTIONS").contains("-Xshare:auto"),
				"Deployment %s: JAVA_TOOL_OPTIONS must use /app/cds/app.jsa with -Xshare:auto", name);
		Long grace = template.getSpec().getTerminationGracePeriodSeconds();
		violations.unless(container.getLifecycle() != null && container.getLifecycle().getPreStop() != null
				&& grace != null && grace >= 40, "Deployment %s: a preStop pause and at least 40 s of grace needed",
				name);
	}

	private static boolean probes(Container container, String readiness, String liveness) {
		return container.getReadinessProbe() != null && container.getLivenessProbe() != null
				&& container.getReadinessProbe().getHttpGet() != null
				&& container.getLivenessProbe().getHttpGet() != null
				&& readiness.equals(container.getReadinessProbe().getHttpGet().getPath())
				&& liveness.equals(container.getLivenessProbe().getHttpGet().getPath())
				&& new IntOrString("management").equals(container.getReadinessProbe().getHttpGet().getPort())
				&& new IntOrString("management").equals(container.getLivenessProbe().getHttpGet().getPort());
	}

	private static void checkKubeMonkey(String where, Map<String, String> labels, String identifier,
			Violations violations) {
		KUBE_MONKEY_LABELS.forEach((key, value) -> violations.unless(value.equals(labels.get(key)),
				"%s: kube-monkey label %s must be %s", where, key, value));
		violations.unless(identifier.equals(labels.get("kube-monkey/identifier")),
				"%s: kube-monkey/identifier must be %s", where, identifier);
	}

	/** The two colours differ in nothing but the colour itself and the replicas. */
	private static void checkSameButColour(ManifestSet set, FalconService service, Violations violations) {
		Optional<Deployment> blue = set.find(Deployment.class, service.deployment("blue"));
		Optional<Deployment> green = set.find(Deployment.class, service.deployment("green"));
		if (blue.isPresent() && green.isPresent()) {
			violations.unless(comparable(blue.get(), "blue").equals(comparable(green.get(), "green")),
					"Deployments %s and %s differ in more than colour and replicas", service.deployment("blue"),
					service.deployment("green"));
		}
	}

	private static String comparable(Deployment deployment, String colour) {
		Deployment copy = Serialization.clone(deployment);
		copy.getSpec().setReplicas(null);
		return Serialization.asYaml(copy).replace("bluegreen", "BLUE-GREEN").replace(colour, "COLOUR");
	}

	private static Optional<String> checkService(ManifestSet set, Optional<Service> found, FalconService service,
			String expectedColour, Violations violations) {
		String name = (expectedColour != null) ? service.preview() : service.name();
		if (found.isEmpty()) {
			violations.add("Service %s is missing", name);
			return Optional.empty();
		}
		Map<String, String> selector = Objects.requireNonNullElse(found.get().getSpec().getSelector(), Map.of());
		String colour = selector.get("color");
		violations.unless(
				selector.size() == 2 && service.name().equals(selector.get("app"))
						&& FalconService.COLOURS.contains(colour),
				"Service %s: selector must be {app: %s, color: blue|green}", name, service.name());
		violations.unless(expectedColour == null || expectedColour.equals(colour),
				"Service %s must select the colour the live Service does not (%s), not %s", name, expectedColour,
				colour);
		long selected = set.all(Deployment.class)
			.stream()
			.filter((deployment) -> selector.entrySet()
				.stream()
				.allMatch((label) -> label.getValue()
					.equals(deployment.getSpec().getTemplate().getMetadata().getLabels().get(label.getKey()))))
			.count();
		violations.unless(selected == 1, "Service %s selects the pods of %d Deployments, not exactly one", name,
				selected);
		checkPorts(found.get(), service, violations);
		return Optional.ofNullable(colour);
	}

	private static void checkPorts(Service found, FalconService service, Violations violations) {
		List<ServicePort> ports = found.getSpec().getPorts();
		violations.unless(
				hasPort(ports, "http", service.port()) && hasPort(ports, "management", service.managementPort()),
				"Service %s: ports must be http %d and management %d", name(found), service.port(),
				service.managementPort());
	}

	private static boolean hasPort(List<ServicePort> ports, String name, int port) {
		return ports.stream()
			.anyMatch((candidate) -> name.equals(candidate.getName()) && candidate.getPort() == port
					&& new IntOrString(name).equals(candidate.getTargetPort()));
	}

	private static boolean drainSafe(PodDisruptionBudget pdb, FalconService service, String colour) {
		return Map.of("app", service.name(), "color", colour).equals(pdb.getSpec().getSelector().getMatchLabels())
				&& pdb.getSpec().getMinAvailable() == null && pdb.getSpec().getMaxUnavailable() != null;
	}

	private static boolean selects(NetworkPolicy policy, FalconService service) {
		Map<String, String> labels = policy.getSpec().getPodSelector().getMatchLabels();
		return labels != null && service.name().equals(labels.get("app"));
	}

	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		return selector != null && selector.getMatchExpressions().isEmpty() && labels != null
				&& selector.getMatchLabels()
					.entrySet()
					.stream()
					.allMatch((label) -> Objects.equals(labels.get(label.getKey()), label.getValue()));
	}

	static String name(HasMetadata object) {
		return object.getMetadata().getName();
	}

}
