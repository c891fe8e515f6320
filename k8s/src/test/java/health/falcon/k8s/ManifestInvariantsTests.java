package health.falcon.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariant checker finds what it is meant to: each test breaks the (valid) base in
 * one way and expects that violation, so a rule that stopped working would fail here.
 */
class ManifestInvariantsTests {

	private final ManifestInvariants invariants = ManifestInvariants.withTemplates();

	@Test
	void theUnbrokenBaseHasNoViolation() {
		assertThat(violationsAfter((set) -> {
		})).isEmpty();
	}

	@Test
	void overlappingColoursAreFound() {
		assertThat(violationsAfter((set) -> deployment(set, "backend-data-green").getSpec()
			.getSelector()
			.setMatchLabels(Map.of("app", "backend-data"))))
			.contains("Deployment backend-data-green: selector must be exactly {app: backend-data, color: green}",
					"the selector of Deployment backend-data-green also selects the pods of backend-data-blue");
	}

	@Test
	void aPreviewOnTheLiveColourIsFound() {
		assertThat(violationsAfter((set) -> service(set, "diet-service-preview").getSpec()
			.setSelector(Map.of("app", "diet-service", "color", "blue")))).contains(
					"Service diet-service-preview must select the colour the live Service does not (green), not blue");
	}

	@Test
	void aLiveServiceOnBothColoursIsFound() {
		assertThat(violationsAfter((set) -> service(set, "gateway").getSpec().setSelector(Map.of("app", "gateway"))))
			.contains("Service gateway: selector must be {app: gateway, color: blue|green}",
					"Service gateway selects the pods of 2 Deployments, not exactly one");
	}

	@Test
	void latestAndUntaggedImagesAreFound() {
		assertThat(violationsAfter((set) -> {
			container(set, "fitbit-service-blue").setImage("ghcr.io/falcon-health/fitbit-service:latest");
			container(set, "fitbit-service-green").setImage("ghcr.io/falcon-health/fitbit-service");
		})).contains(
				"Deployment/fitbit-service-blue container fitbit-service: image ghcr.io/falcon-health/fitbit-service:latest has no tag or uses latest",
				"Deployment/fitbit-service-green container fitbit-service: image ghcr.io/falcon-health/fitbit-service has no tag or uses latest");
	}

	@Test
	void aSecretWithAValueIsFound() {
		assertThat(violationsAfter((set) -> set.objects()
			.add(new SecretBuilder().withNewMetadata()
				.withName("gateway-secrets")
				.endMetadata()
				.withStringData(Map.of("login-key", "not-empty"))
				.build())))
			.contains("Secret gateway-secrets carries a value: Secrets are templates only");
	}

	@Test
	void missingProbesResourcesAndSecurityAreFound() {
		assertThat(violationsAfter((set) -> {
			Container container = container(set, "backend-server-blue");
			container.setReadinessProbe(null);
			container.getResources().getLimits().remove("memory");
			container.getSecurityContext().setReadOnlyRootFilesystem(false);
			container.getSecurityContext().getCapabilities().setDrop(List.of());
		})).contains(
				"Deployment/backend-server-blue container backend-server: readiness, liveness and startup probes needed",
				"Deployment/backend-server-blue container backend-server: no memory request and limit",
				"Deployment/backend-server-blue container backend-server: readOnlyRootFilesystem is not true",
				"Deployment/backend-server-blue container backend-server: capabilities do not drop ALL",
				"Deployment backend-server-blue: readiness and liveness must ask /actuator/health/{readiness,liveness} on port management");
	}

	@Test
	void unresolvedConfigurationAndSecretReferencesAreFound() {
		assertThat(violationsAfter((set) -> {
			List<EnvVar> env = container(set, "dropbox-ingest-blue").getEnv();
			env.stream()
				.filter((variable) -> variable.getName().equals("FALCON_INGEST_PUBLIC_BASE_URL"))
				.forEach((variable) -> variable.getValueFrom().getConfigMapKeyRef().setKey("NO_SUCH_KEY"));
			env.stream()
				.filter((variable) -> variable.getName().equals("FALCON_DROPBOX_CLIENT_SECRET"))
				.forEach((variable) -> variable.getValueFrom().getSecretKeyRef().setName("no-such-secret"));
			env.add(0, new EnvVar("EARLY", "$(FALCON_MONGODB_HOSTS)", null));
		})).contains(
				"Deployment/dropbox-ingest-blue container dropbox-ingest: FALCON_INGEST_PUBLIC_BASE_URL reads key NO_SUCH_KEY of ConfigMap falcon-site, which does not exist",
				"Deployment/dropbox-ingest-blue container dropbox-ingest: FALCON_DROPBOX_CLIENT_SECRET reads key dropbox-client-secret of Secret no-such-secret, which has no template with that key",
				"Deployment/dropbox-ingest-blue container dropbox-ingest: EARLY uses $(FALCON_MONGODB_HOSTS) before it is defined");
	}

	@Test
	void aBudgetThatCanBlockDrainsAndMissingPoliciesAreFound() {
		assertThat(violationsAfter((set) -> {
			PodDisruptionBudget pdb = set.find(PodDisruptionBudget.class, "fitness-service-green").orElseThrow();
			pdb.getSpec().setMaxUnavailable(null);
			pdb.getSpec().setMinAvailable(new IntOrString(1));
			set.objects().removeIf((object) -> object instanceof NetworkPolicy);
		})).contains("no PodDisruptionBudget with maxUnavailable selects {app: fitness-service, color: green}",
				"no NetworkPolicy selects app=fitness-service", "no default-deny ingress NetworkPolicy");
	}

	@Test
	void kubeMonkeyLabelsMissingOnThePodTemplateAreFound() {
		assertThat(violationsAfter((set) -> deployment(set, "gateway-green").getSpec()
			.getTemplate()
			.getMetadata()
			.getLabels()
			.remove("kube-monkey/enabled")))
			.contains("gateway-green pod template: kube-monkey label kube-monkey/enabled must be enabled");
	}

	@Test
	void aPodWithoutScrapeAnnotationsColourOrArchiveIsFound() {
		assertThat(violationsAfter((set) -> {
			Deployment deployment = deployment(set, "backend-data-green");
			deployment.getSpec().getTemplate().getMetadata().getAnnotations().remove("prometheus.io/port");
			deployment.getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.get(0)
				.getEnv()
				.removeIf((variable) -> variable.getName().equals("JAVA_TOOL_OPTIONS")
						|| variable.getName().equals("FALCON_RELEASE_COLOUR"));
		})).contains(
				"Deployment backend-data-green: Prometheus annotations must name port 8182 and /actuator/prometheus",
				"Deployment backend-data-green: FALCON_RELEASE_COLOUR must be green",
				"Deployment backend-data-green: JAVA_TOOL_OPTIONS must use /app/cds/app.jsa with -Xshare:auto");
	}

	@Test
	void aBrokenManifestStringIsFound() {
		List<HasMetadata> objects = Manifests.parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: gateway-blue
				spec:
				  selector:
				    matchLabels:
				      app: gateway
				  template:
				    metadata:
				      labels:
				        app: gateway
				    spec:
				      containers:
				        - name: gateway
				          image: ghcr.io/falcon-health/gateway:latest
				""", "broken");
		assertThat(this.invariants.violations(objects)).contains(
				"Deployment gateway-blue: selector must be exactly {app: gateway, color: blue}",
				"Deployment gateway-green is missing", "Service gateway is missing",
				"Deployment/gateway-blue container gateway: no securityContext",
				"Deployment/gateway-blue container gateway: image ghcr.io/falcon-health/gateway:latest has no tag or uses latest",
				"Deployment/gateway-blue container gateway: readiness, liveness and startup probes needed");
	}

	private List<String> violationsAfter(Consumer<ManifestSet> breakage) {
		ManifestSet set = new ManifestSet(new ArrayList<>(Kustomizations.load(ManifestPaths.base())));
		breakage.accept(set);
		return this.invariants.violations(set.objects());
	}

	private static Deployment deployment(ManifestSet set, String name) {
		return set.find(Deployment.class, name).orElseThrow();
	}

	private static Service service(ManifestSet set, String name) {
		return set.find(Service.class, name).orElseThrow();
	}

	private static Container container(ManifestSet set, String deployment) {
		return deployment(set, deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
	}

}
