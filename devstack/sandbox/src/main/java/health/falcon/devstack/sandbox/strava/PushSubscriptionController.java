package health.falcon.devstack.sandbox.strava;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strava's push subscription API ({@code /api/v3/push_subscriptions}): create (with the
 * callback handshake), view and delete, authenticated by the client credentials.
 */
@RestController
class PushSubscriptionController {

	private static final DateTimeFormatter WITH_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	private final PushSubscriptions subscriptions;

	private final StravaProperties properties;

	PushSubscriptionController(PushSubscriptions subscriptions, StravaProperties properties) {
		this.subscriptions = subscriptions;
		this.properties = properties;
	}

	@PostMapping("/strava/api/v3/push_subscriptions")
	ResponseEntity<Map<String, Long>> create(@RequestParam("client_id") String clientId,
			@RequestParam("client_secret") String clientSecret, @RequestParam("callback_url") String callbackUrl,
			@RequestParam("verify_token") String verifyToken) {
		ClientCredentials.check(this.properties, clientId, clientSecret);
		PushSubscriptions.Subscription subscription = this.subscriptions.create(callbackUrl, verifyToken);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", subscription.id()));
	}

	@GetMapping("/strava/api/v3/push_subscriptions")
	List<SubscriptionView> list(@RequestParam("client_id") String clientId,
			@RequestParam("client_secret") String clientSecret) {
		ClientCredentials.check(this.properties, clientId, clientSecret);
		return this.subscriptions.current().map(this::view).stream().toList();
	}

	@DeleteMapping("/strava/api/v3/push_subscriptions/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam("client_id") String clientId,
			@RequestParam("client_secret") String clientSecret) {
		ClientCredentials.check(this.properties, clientId, clientSecret);
		if (!this.subscriptions.delete(id)) {
			throw new StravaFaultException(HttpStatus.NOT_FOUND, Fault.notFound("PushSubscription"));
		}
		return ResponseEntity.noContent().build();
	}

	private SubscriptionView view(PushSubscriptions.Subscription subscription) {
		String created = WITH_Z.format(subscription.createdAt().atOffset(ZoneOffset.UTC));
		return new SubscriptionView(subscription.id(), 2, applicationId(this.properties.clientId()),
				subscription.callbackUrl(), created, created);
	}

	private static Object applicationId(String clientId) {
		// Strava's application ids are numbers; keep a non-numeric configured id as text
		return clientId.chars().allMatch(Character::isDigit) ? Long.valueOf(clientId) : clientId;
	}

	/**
	 * A subscription as Strava lists it.
	 *
	 * @param resourceState 2
	 * @param applicationId the client id, a number when it is numeric
	 * @param createdAt creation time, UTC
	 * @param updatedAt last change, UTC
	 */
	@JsonNaming(SnakeCaseStrategy.class)
	record SubscriptionView(long id, int resourceState, Object applicationId, String callbackUrl, String createdAt,
			String updatedAt) {

	}

}
