package health.falcon.devstack.sandbox.googlehealth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox-only routes (not Google Health API): push a change notification to the
 * subscribers, and publish the key that signs notifications.
 */
@RestController
class SandboxController {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Subscribers subscribers;

	private final NotificationSigner signer;

	private final GoogleHealthProperties properties;

	private final SyntheticPerson person;

	private final DataWindow window;

	SandboxController(Subscribers subscribers, NotificationSigner signer, GoogleHealthProperties properties,
			SyntheticPerson person, DataWindow window) {
		this.subscribers = subscribers;
		this.signer = signer;
		this.properties = properties;
		this.person = person;
		this.window = window;
	}

	@PostMapping("/google-health/sandbox/users/{user}/changes")
	Map<String, Object> change(@PathVariable String user, @RequestBody Change change) {
		if (!user.equals(this.properties.user().healthUserId()) && !user.equals("me")) {
			throw new GoogleApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "Unknown user " + user, null,
					"health.googleapis.com", Map.of());
		}
		if (DataType.fromPath(change.dataType()).isEmpty() && !"exercise".equals(change.dataType())) {
			throw GoogleApiException.invalidArgument("Unknown data type: " + change.dataType());
		}
		Instant end = parse(change.endTime(), this.window.end().truncatedTo(ChronoUnit.MINUTES));
		Instant start = parse(change.startTime(), end.minus(15, ChronoUnit.MINUTES));
		List<Map<String, Object>> deliveries = new ArrayList<>();
		Map<String, Object> last = Map.of();
		for (Subscribers.Subscriber subscriber : this.subscribers.all()) {
			if (subscriber.wants(change.dataType())) {
				Map<String, Object> notification = notification(subscriber, change, start, end);
				byte[] body = json.writeValueAsString(notification).getBytes(StandardCharsets.UTF_8);
				String authorization = this.properties.webhooks().sendAuthorization() ? subscriber.secret() : null;
				int status = this.subscribers.post(subscriber.endpointUri(), body, authorization,
						this.signer.sign(body));
				deliveries.add(Map.of("subscriber", subscriber.name(), "status", status, "delivered",
						status >= 200 && status < 300));
				last = notification;
			}
		}
		return Map.of("notification", last, "deliveries", deliveries);
	}

	@GetMapping("/google-health/sandbox/signing-key")
	Map<String, Object> signingKey() {
		return Map.of("algorithm", "ECDSA_P256_SHA256", "header", NotificationSigner.HEADER, "publicKeyPem",
				this.signer.publicKeyPem());
	}

	private Map<String, Object> notification(Subscribers.Subscriber subscriber, Change change, Instant start,
			Instant end) {
		LocalDateTime civilStart = LocalDateTime.ofInstant(start, this.person.offsetAt(start));
		LocalDateTime civilEnd = LocalDateTime.ofInstant(end, this.person.offsetAt(end));
		Map<String, Object> interval = new LinkedHashMap<>();
		interval.put("physicalTimeInterval",
				Map.of("startTime", ProtoJson.timestamp(start), "endTime", ProtoJson.timestamp(end)));
		interval.put("civilIso8601TimeInterval",
				Map.of("startTime", civilStart.toString(), "endTime", civilEnd.toString()));
		interval.put("civilDateTimeInterval",
				Map.of("startDateTime", ProtoJson.civil(civilStart), "endDateTime", ProtoJson.civil(civilEnd)));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("version", "1");
		data.put("clientProvidedSubscriptionName", subscriber.id());
		data.put("healthUserId", this.properties.user().healthUserId());
		data.put("dataType", change.dataType());
		data.put("operation", (change.operation() != null) ? change.operation() : "UPSERT");
		data.put("intervals", List.of(interval));
		return Map.of("data", data);
	}

	private static Instant parse(@Nullable String value, Instant fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw GoogleApiException.invalidArgument("Invalid timestamp: " + value);
		}
	}

	/**
	 * A change to announce.
	 *
	 * @param dataType kebab-case data type, e.g. {@code steps}
	 * @param startTime start of the changed interval (RFC 3339), default 15 minutes
	 * before the end
	 * @param endTime end of the changed interval, default the last sync
	 * @param operation {@code UPSERT} (default) or {@code DELETE}
	 */
	record Change(String dataType, @Nullable String startTime, @Nullable String endTime, @Nullable String operation) {

	}

}
