package health.falcon.bluegreen;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.jspecify.annotations.Nullable;

/**
 * One service laid out as k8s/base does it (live and preview Services, blue and green
 * Deployments), in the mock server's CRUD store, with Deployment status written by hand
 * because no controller runs there.
 */
final class BlueGreenFixture {

	static final String NAMESPACE = "falcon";

	static final String SERVICE = "backend-server";

	static final String IMAGE_V1 = "ghcr.io/falcon-health/backend-server:0.1.0-aaaaaaa";

	static final String IMAGE_V2 = "ghcr.io/falcon-health/backend-server:0.2.0-bbbbbbb";

	static final String LIVE_PATH = "/api/v1/namespaces/falcon/services/backend-server";

	private final KubernetesClient client;

	BlueGreenFixture(KubernetesClient client) {
		this.client = client;
	}

	/**
	 * Blue live with v1 at 3 replicas, green idle and previewed with v2 at 3 replicas;
	 * blue fully available, green not yet (no status).
	 */
	BlueGreenFixture greenDeployedBlueLive() {
		service(SERVICE, Colour.BLUE);
		service(BlueGreenNames.preview(SERVICE), Colour.GREEN);
		deployment(Colour.BLUE, IMAGE_V1, 3);
		deployment(Colour.GREEN, IMAGE_V2, 3);
		markAvailable(Colour.BLUE);
		return this;
	}

	void service(String name, Colour colour) {
		this.client.services()
			.inNamespace(NAMESPACE)
			.resource(new ServiceBuilder().withNewMetadata()
				.withName(name)
				.addToLabels("app", SERVICE)
				.endMetadata()
				.withNewSpec()
				.addToSelector("app", SERVICE)
				.addToSelector("color", colour.label())
				.addNewPort()
				.withName("http")
				.withPort(8081)
				.endPort()
				.addNewPort()
				.withName("management")
				.withPort(8181)
				.endPort()
				.endSpec()
				.build())
			.create();
	}

	void deployment(Colour colour, String image, int replicas) {
		Map<String, String> labels = Map.of("app", SERVICE, "color", colour.label());
		this.client.apps()
			.deployments()
			.inNamespace(NAMESPACE)
			.resource(new DeploymentBuilder().withNewMetadata()
				.withName(BlueGreenNames.deployment(SERVICE, colour))
				.withLabels(labels)
				.endMetadata()
				.withNewSpec()
				.withReplicas(replicas)
				.withNewSelector()
				.withMatchLabels(labels)
				.endSelector()
				.withNewTemplate()
				.withNewMetadata()
				.withLabels(labels)
				.endMetadata()
				.withNewSpec()
				.addNewContainer()
				.withName(SERVICE)
				.withImage(image)
				.endContainer()
				.endSpec()
				.endTemplate()
				.endSpec()
				.build())
			.create();
	}

	/** Writes the status a Deployment controller writes once a rollout has finished. */
	void markAvailable(Colour colour) {
		Deployment deployment = deployment(colour);
		int replicas = deployment.getSpec().getReplicas();
		writeStatus(colour, deployment.getMetadata().getGeneration(), replicas, replicas, replicas);
	}

	void writeStatus(Colour colour, long observedGeneration, int updated, int ready, int available) {
		Deployment deployment = deployment(colour);
		deployment.setStatus(new DeploymentStatusBuilder().withObservedGeneration(observedGeneration)
			.withReplicas(deployment.getSpec().getReplicas())
			.withUpdatedReplicas(updated)
			.withReadyReplicas(ready)
			.withAvailableReplicas(available)
			.build());
		this.client.apps().deployments().inNamespace(NAMESPACE).resource(deployment).updateStatus();
	}

	Deployment deployment(Colour colour) {
		return this.client.apps()
			.deployments()
			.inNamespace(NAMESPACE)
			.withName(BlueGreenNames.deployment(SERVICE, colour))
			.get();
	}

	/**
	 * The scale-down-at annotation of a colour. A JSON-merge patch with {@code null}
	 * removes a key on a real API server; the CRUD mock stores the {@code null}, so both
	 * read as no hold here, as they do in the tool.
	 */
	@Nullable String scaleDownAt(Colour colour) {
		Map<String, String> annotations = deployment(colour).getMetadata().getAnnotations();
		return (annotations != null) ? annotations.get(BlueGreenNames.SCALE_DOWN_AT) : null;
	}

	Service live() {
		return this.client.services().inNamespace(NAMESPACE).withName(SERVICE).get();
	}

	Service preview() {
		return this.client.services().inNamespace(NAMESPACE).withName(BlueGreenNames.preview(SERVICE)).get();
	}

	String liveColour() {
		return live().getSpec().getSelector().get("color");
	}

	String previewColour() {
		return preview().getSpec().getSelector().get("color");
	}

	List<Event> events() {
		return this.client.v1().events().inNamespace(NAMESPACE).list().getItems();
	}

}
