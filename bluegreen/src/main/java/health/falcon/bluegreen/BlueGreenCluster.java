package health.falcon.bluegreen;

import java.net.HttpURLConnection;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.RollableScalableResource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reads and writes the commands make against one namespace. Every write is a single
 * request: a JSON-merge patch (or the fabric8 edit's JSON patch for a container image),
 * so that what reaches the API server can be counted.
 */
final class BlueGreenCluster {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom EVENT_SUFFIX = new SecureRandom();

	private static final PatchContext MERGE = PatchContext.of(PatchType.JSON_MERGE);

	private final KubernetesClient client;

	private final String namespace;

	BlueGreenCluster(KubernetesClient client, String namespace) {
		this.client = client;
		this.namespace = namespace;
	}

	String namespace() {
		return this.namespace;
	}

	/**
	 * Reads a service's live Service, preview Service and both Deployments.
	 * @param service the service
	 * @return the state
	 * @throws ResourceNotFoundException when the live Service is missing or selects no
	 * colour
	 */
	ServiceState state(String service) {
		Service live = liveService(service);
		Colour liveColour = selectedColour(live);
		if (liveColour == null) {
			throw new ResourceNotFoundException("Service %s/%s selects no colour (selector %s)"
				.formatted(this.namespace, service, live.getSpec().getSelector()));
		}
		Service preview = service(BlueGreenNames.preview(service));
		return new ServiceState(service, liveColour, (preview != null) ? selectedColour(preview) : null,
				live.getMetadata().getResourceVersion(), colourState(service, Colour.BLUE),
				colourState(service, Colour.GREEN));
	}

	/**
	 * Lists the blue/green services of the namespace: the Services that select a colour
	 * and are not preview Services.
	 * @return the services' names, sorted
	 */
	List<String> services() {
		return this.client.services()
			.inNamespace(this.namespace)
			.list()
			.getItems()
			.stream()
			.filter((s) -> selectedColour(s) != null)
			.map((s) -> s.getMetadata().getName())
			.filter((name) -> !name.endsWith("-preview"))
			.sorted()
			.toList();
	}

	Service liveService(String service) {
		Service live = service(service);
		if (live == null) {
			throw new ResourceNotFoundException("Service %s/%s not found".formatted(this.namespace, service));
		}
		return live;
	}

	Service previewService(String service) {
		Service preview = service(BlueGreenNames.preview(service));
		if (preview == null) {
			throw new ResourceNotFoundException(
					"Service %s/%s not found".formatted(this.namespace, BlueGreenNames.preview(service)));
		}
		return preview;
	}

	/**
	 * Sets the image (and the replicas and version annotation) of one colour's
	 * Deployment, and cancels a pending scale-down of it.
	 * @param service the service
	 * @param colour the colour to change
	 * @param image the new image
	 * @param version the version to annotate, {@code null} to leave the annotation
	 * @param replicas the replicas to set
	 */
	void deploy(String service, Colour colour, String image, @Nullable String version, int replicas) {
		String name = BlueGreenNames.deployment(service, colour);
		this.client.apps().deployments().inNamespace(this.namespace).withName(name).edit((deployment) -> {
			Container container = ColourState.serviceContainer(service, deployment)
				.orElseThrow(() -> new ResourceNotFoundException(
						"Deployment %s has no container named %s".formatted(name, service)));
			container.setImage(image);
			deployment.getSpec().setReplicas(replicas);
			Map<String, String> annotations = new LinkedHashMap<>(
					Optional.ofNullable(deployment.getMetadata().getAnnotations()).orElse(Map.of()));
			if (version != null) {
				annotations.put(BlueGreenNames.VERSION, version);
			}
			annotations.remove(BlueGreenNames.SCALE_DOWN_AT);
			deployment.getMetadata().setAnnotations(annotations);
			return deployment;
		});
	}

	/**
	 * Waits until a colour is fully available ({@link ColourState#fullyAvailable()}).
	 * @param service the service
	 * @param colour the colour
	 * @param timeout how long to wait
	 * @return the state once fully available
	 * @throws NotReadyException on timeout
	 */
	ColourState awaitFullyAvailable(String service, Colour colour, Duration timeout) {
		String name = BlueGreenNames.deployment(service, colour);
		try {
			Deployment deployment = this.client.apps()
				.deployments()
				.inNamespace(this.namespace)
				.withName(name)
				.waitUntilCondition((d) -> ColourState.of(service, colour, d).fullyAvailable(), timeout.toMillis(),
						TimeUnit.MILLISECONDS);
			return ColourState.of(service, colour, deployment);
		}
		catch (KubernetesClientTimeoutException ex) {
			throw new NotReadyException("%s is not fully available after %s (%s)".formatted(name, timeout,
					colourState(service, colour).counts()));
		}
	}

	/**
	 * Switches the live Service's selector to a colour: one JSON-merge patch that also
	 * writes who switched, from what and when, and carries the resourceVersion that was
	 * read, so that the API server refuses it (409) when someone switched in between.
	 * @param state the state the decision was made on
	 * @param to the colour to select
	 * @param actor who switches
	 * @param at when
	 * @return the patched Service
	 * @throws SwitchConflictException when the Service changed since it was read
	 */
	Service switchLive(ServiceState state, Colour to, String actor, Instant at) {
		try {
			return this.client.services()
				.inNamespace(this.namespace)
				.withName(state.service())
				.patch(MERGE, switchPatch(state, to, actor, at));
		}
		catch (KubernetesClientException ex) {
			if (ex.getCode() == HttpURLConnection.HTTP_CONFLICT) {
				throw new SwitchConflictException(
						"Service %s/%s changed since it was read at resourceVersion %s: someone else switched it"
							.formatted(this.namespace, state.service(), state.liveResourceVersion()),
						ex);
			}
			throw ex;
		}
	}

	/**
	 * The merge patch {@link #switchLive} sends.
	 * @param state the state the decision was made on
	 * @param to the colour to select
	 * @param actor who switches
	 * @param at when
	 * @return the patch as JSON
	 */
	static String switchPatch(ServiceState state, Colour to, String actor, Instant at) {
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put(BlueGreenNames.SWITCHED_BY, actor);
		annotations.put(BlueGreenNames.SWITCHED_FROM, state.live().label());
		annotations.put(BlueGreenNames.SWITCHED_AT, at.toString());
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("resourceVersion", state.liveResourceVersion());
		metadata.put("annotations", annotations);
		return json(Map.of("metadata", metadata, "spec",
				Map.of("selector", Map.of(BlueGreenNames.COLOR_LABEL, to.label()))));
	}

	/**
	 * Records a switch as a Kubernetes Event on the live Service (reason
	 * {@code ColorSwitched}), so that {@code kubectl describe service} and
	 * {@code kubectl get events} show it next to the Service.
	 * @param switched the live Service as the switch left it
	 * @param message what happened, in one sentence
	 * @param actor who switched
	 * @param at when
	 * @return the Event as created
	 */
	Event recordSwitch(Service switched, String message, String actor, Instant at) {
		String name = switched.getMetadata().getName();
		Event event = new EventBuilder().withNewMetadata()
			.withName(name + "." + Long.toHexString(at.toEpochMilli()) + Integer.toHexString(EVENT_SUFFIX.nextInt()))
			.withNamespace(this.namespace)
			.addToAnnotations(BlueGreenNames.SWITCHED_BY, actor)
			.endMetadata()
			.withInvolvedObject(new ObjectReferenceBuilder().withApiVersion("v1")
				.withKind("Service")
				.withNamespace(this.namespace)
				.withName(name)
				.withUid(switched.getMetadata().getUid())
				.withResourceVersion(switched.getMetadata().getResourceVersion())
				.build())
			.withReason(BlueGreenNames.SWITCH_EVENT_REASON)
			.withMessage(message)
			.withType("Normal")
			.withNewSource()
			.withComponent(BlueGreenNames.COMPONENT)
			.endSource()
			.withFirstTimestamp(at.toString())
			.withLastTimestamp(at.toString())
			.withCount(1)
			.build();
		return this.client.v1().events().inNamespace(this.namespace).resource(event).create();
	}

	void pointPreview(String service, Colour colour) {
		this.client.services()
			.inNamespace(this.namespace)
			.withName(BlueGreenNames.preview(service))
			.patch(MERGE, previewPatch(colour));
	}

	static String previewPatch(Colour colour) {
		return json(Map.of("spec", Map.of("selector", Map.of(BlueGreenNames.COLOR_LABEL, colour.label()))));
	}

	/**
	 * Writes or removes the {@code falcon.health/scale-down-at} annotation.
	 * @param service the service
	 * @param colour the colour
	 * @param at when the hold ends, {@code null} to remove the annotation
	 */
	void markScaleDown(String service, Colour colour, @Nullable Instant at) {
		deployment(service, colour).patch(MERGE, scaleDownAnnotationPatch(at));
	}

	static String scaleDownAnnotationPatch(@Nullable Instant at) {
		Map<String, @Nullable Object> annotations = new LinkedHashMap<>();
		annotations.put(BlueGreenNames.SCALE_DOWN_AT, (at != null) ? at.toString() : null);
		return json(Map.of("metadata", Map.of("annotations", annotations)));
	}

	/**
	 * Scales a held colour to zero and ends its hold, in one patch that carries the
	 * resourceVersion the hold was checked at: a rollback or deploy that changed the
	 * Deployment in between makes it fail with 409 instead of scaling a colour that is
	 * needed again.
	 * @param held the held colour as read
	 * @param service the service
	 * @return {@code true} when scaled, {@code false} when the Deployment changed since
	 */
	boolean scaleToZero(String service, ColourState held) {
		try {
			deployment(service, held.colour()).patch(MERGE, scaleToZeroPatch(held.resourceVersion()));
			return true;
		}
		catch (KubernetesClientException ex) {
			if (ex.getCode() == HttpURLConnection.HTTP_CONFLICT) {
				return false;
			}
			throw ex;
		}
	}

	static String scaleToZeroPatch(@Nullable String resourceVersion) {
		Map<String, @Nullable Object> annotations = new LinkedHashMap<>();
		annotations.put(BlueGreenNames.SCALE_DOWN_AT, null);
		Map<String, @Nullable Object> metadata = new LinkedHashMap<>();
		if (resourceVersion != null) {
			metadata.put("resourceVersion", resourceVersion);
		}
		metadata.put("annotations", annotations);
		return json(Map.of("metadata", metadata, "spec", Map.of("replicas", 0)));
	}

	KubernetesClient client() {
		return this.client;
	}

	private RollableScalableResource<Deployment> deployment(String service, Colour colour) {
		return this.client.apps()
			.deployments()
			.inNamespace(this.namespace)
			.withName(BlueGreenNames.deployment(service, colour));
	}

	private ColourState colourState(String service, Colour colour) {
		return ColourState.of(service, colour, deployment(service, colour).get());
	}

	private @Nullable Service service(String name) {
		return this.client.services().inNamespace(this.namespace).withName(name).get();
	}

	private static @Nullable Colour selectedColour(Service service) {
		if (service.getSpec() == null || service.getSpec().getSelector() == null) {
			return null;
		}
		return Colour.fromLabel(service.getSpec().getSelector().get(BlueGreenNames.COLOR_LABEL));
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
