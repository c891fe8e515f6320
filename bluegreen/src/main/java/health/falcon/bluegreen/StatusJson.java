package health.falcon.bluegreen;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The status as JSON for scripts ({@code --output json}):
 * {@code {"namespace", "services": [{"service", "live", "preview", "liveResourceVersion",
 * "colours": {"blue": {...}, "green": {...}}}]}}.
 */
final class StatusJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StatusJson() {
	}

	static String render(String namespace, List<ServiceState> states) {
		ObjectNode root = JSON.createObjectNode();
		root.put("namespace", namespace);
		ArrayNode services = root.putArray("services");
		for (ServiceState state : states) {
			ObjectNode service = services.addObject();
			service.put("service", state.service());
			service.put("live", state.live().label());
			service.put("preview", (state.preview() != null) ? state.preview().label() : null);
			service.put("liveResourceVersion", state.liveResourceVersion());
			ObjectNode colours = service.putObject("colours");
			for (Colour colour : Colour.values()) {
				colour(colours.putObject(colour.label()), state, state.colour(colour));
			}
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
	}

	private static void colour(ObjectNode node, ServiceState state, ColourState colour) {
		node.put("deployment", colour.deployment());
		node.put("role", StatusTable.role(state, colour.colour()));
		node.put("exists", colour.exists());
		node.put("image", colour.image());
		node.put("version", colour.version());
		node.put("desired", colour.desired());
		node.put("current", colour.current());
		node.put("updated", colour.updated());
		node.put("ready", colour.ready());
		node.put("available", colour.available());
		node.put("generation", colour.generation());
		node.put("observedGeneration", colour.observedGeneration());
		node.put("fullyAvailable", colour.fullyAvailable());
		node.put("scaleDownAt", colour.scaleDownAt());
		node.put("state", StatusTable.describe(colour));
	}

}
