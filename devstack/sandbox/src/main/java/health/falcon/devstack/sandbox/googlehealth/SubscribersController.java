package health.falcon.devstack.sandbox.googlehealth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code projects.subscribers.create / list / delete}. Project credentials (the
 * cloud-platform scope) are not emulated: any caller may manage subscribers.
 */
@RestController
class SubscribersController {

	private static final String TYPE = "type.googleapis.com/google.devicesandservices.health.v4.Subscriber";

	private final Subscribers subscribers;

	SubscribersController(Subscribers subscribers) {
		this.subscribers = subscribers;
	}

	@PostMapping("/google-health/v4/projects/{project}/subscribers")
	Map<String, Object> create(@PathVariable String project,
			@RequestParam(required = false) @Nullable String subscriberId, @RequestBody JsonNode body) {
		String endpointUri = body.path("endpointUri").asString("");
		String secret = body.path("endpointAuthorization").path("secret").asString("");
		if (endpointUri.isBlank() || secret.isBlank()) {
			throw GoogleApiException.invalidArgument("endpointUri and endpointAuthorization.secret are required.");
		}
		List<String> dataTypes = new ArrayList<>();
		for (JsonNode config : body.path("subscriberConfigs")) {
			config.path("dataTypes").forEach((type) -> dataTypes.add(type.asString()));
		}
		Subscribers.Subscriber subscriber = this.subscribers.create(project, subscriberId, endpointUri, secret,
				dataTypes);
		Map<String, Object> response = json(subscriber);
		Map<String, Object> operation = new LinkedHashMap<>();
		operation.put("name", subscriber.name() + "/operations/create");
		operation.put("done", true);
		operation.put("response", response);
		return operation;
	}

	@GetMapping("/google-health/v4/projects/{project}/subscribers")
	Map<String, Object> list(@PathVariable String project) {
		String prefix = "projects/" + project + "/subscribers/";
		List<Map<String, Object>> list = this.subscribers.all()
			.stream()
			.filter((subscriber) -> subscriber.name().startsWith(prefix))
			.map(SubscribersController::json)
			.toList();
		return list.isEmpty() ? Map.of() : Map.of("subscribers", list);
	}

	@DeleteMapping("/google-health/v4/projects/{project}/subscribers/{id}")
	Map<String, Object> delete(@PathVariable String project, @PathVariable String id) {
		if (!this.subscribers.delete("projects/" + project + "/subscribers/" + id)) {
			throw new GoogleApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "Subscriber not found.", null,
					"health.googleapis.com", Map.of());
		}
		return Map.of("name", "projects/" + project + "/subscribers/" + id + "/operations/delete", "done", true);
	}

	private static Map<String, Object> json(Subscribers.Subscriber subscriber) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@type", TYPE);
		json.put("name", subscriber.name());
		json.put("endpointUri", subscriber.endpointUri());
		if (!subscriber.dataTypes().isEmpty()) {
			json.put("subscriberConfigs",
					List.of(Map.of("dataTypes", subscriber.dataTypes(), "subscriptionCreatePolicy", "AUTOMATIC")));
		}
		return json;
	}

}
