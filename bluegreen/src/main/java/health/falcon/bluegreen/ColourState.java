package health.falcon.bluegreen;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What one colour's Deployment runs and how many of its replicas are up, as read from the
 * API server.
 *
 * @param colour the colour
 * @param deployment the Deployment's name ({@code <svc>-<colour>})
 * @param exists whether the Deployment exists
 * @param image the image of the service's container, {@code null} when unknown
 * @param version the {@code falcon.health/version} annotation, else the image's tag
 * @param desired {@code spec.replicas}
 * @param current {@code status.replicas} (old and new pods)
 * @param updated {@code status.updatedReplicas}
 * @param ready {@code status.readyReplicas}
 * @param available {@code status.availableReplicas}
 * @param generation {@code metadata.generation}
 * @param observedGeneration {@code status.observedGeneration}
 * @param scaleDownAt the {@code falcon.health/scale-down-at} annotation, {@code null}
 * when the colour is not held for a scale-down
 * @param resourceVersion the Deployment's resourceVersion when it was read
 */
record ColourState(Colour colour, String deployment, boolean exists, @Nullable String image, @Nullable String version,
		int desired, int current, int updated, int ready, int available, long generation, long observedGeneration,
		@Nullable String scaleDownAt, @Nullable String resourceVersion) {

	/**
	 * Reads a Deployment.
	 * @param service the service, which names the container to read the image from
	 * @param colour the colour
	 * @param deployment the Deployment, {@code null} when it does not exist
	 * @return the state
	 */
	static ColourState of(String service, Colour colour, @Nullable Deployment deployment) {
		String name = BlueGreenNames.deployment(service, colour);
		if (deployment == null) {
			return new ColourState(colour, name, false, null, null, 0, 0, 0, 0, 0, 0, 0, null, null);
		}
		Map<String, String> annotations = Optional.ofNullable(deployment.getMetadata().getAnnotations())
			.orElse(Map.of());
		String image = serviceContainer(service, deployment).map(Container::getImage).orElse(null);
		String version = annotations.get(BlueGreenNames.VERSION);
		if (version == null && image != null) {
			version = ImageReference.parse(image).version();
		}
		DeploymentStatus status = Optional.ofNullable(deployment.getStatus()).orElseGet(DeploymentStatus::new);
		return new ColourState(colour, name, true, image, version, orZero(deployment.getSpec().getReplicas()),
				orZero(status.getReplicas()), orZero(status.getUpdatedReplicas()), orZero(status.getReadyReplicas()),
				orZero(status.getAvailableReplicas()), orZero(deployment.getMetadata().getGeneration()),
				orZero(status.getObservedGeneration()), annotations.get(BlueGreenNames.SCALE_DOWN_AT),
				deployment.getMetadata().getResourceVersion());
	}

	/**
	 * Finds the service's container: the one named after the service, else the only one.
	 * @param service the service
	 * @param deployment the Deployment
	 * @return the container, empty when there is no such container
	 */
	static Optional<Container> serviceContainer(String service, Deployment deployment) {
		List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
		Optional<Container> named = containers.stream().filter((c) -> service.equals(c.getName())).findFirst();
		if (named.isPresent() || containers.size() != 1) {
			return named;
		}
		return Optional.of(containers.get(0));
	}

	/**
	 * Whether the colour can take the traffic, the rule Argo Rollouts switches on: the
	 * controller has seen the latest spec, and every desired replica is updated and
	 * available with no old pod left.
	 * @return {@code true} when {@code observedGeneration >= generation} and
	 * {@code updated == available == current == desired > 0}
	 */
	boolean fullyAvailable() {
		return this.exists && this.desired > 0 && this.observedGeneration >= this.generation
				&& this.updated == this.desired && this.available == this.desired && this.current == this.desired;
	}

	/**
	 * Whether the colour still has pods that can serve (what a rollback needs).
	 * @return {@code true} when the Deployment is scaled above zero and has an available
	 * replica
	 */
	boolean up() {
		return this.exists && this.desired > 0 && this.available > 0;
	}

	/**
	 * The replica counts in one phrase for messages.
	 * @return for example {@code "desired 3, updated 2, ready 2, available 2"}
	 */
	String counts() {
		return "desired %d, updated %d, ready %d, available %d, generation %d observed %d".formatted(this.desired,
				this.updated, this.ready, this.available, this.generation, this.observedGeneration);
	}

	private static int orZero(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private static long orZero(@Nullable Long value) {
		return (value != null) ? value : 0L;
	}

}
