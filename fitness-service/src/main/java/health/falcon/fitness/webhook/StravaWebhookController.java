package health.falcon.fitness.webhook;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strava's push subscription callback, {@code /webhooks/strava}, reached without login:
 * the handshake proves the verify token; events are filtered by the subscription id and
 * answered 200 at once, but only ever treated as hints to look again with the athlete's
 * own token.
 */
@RestController
@RequestMapping("/webhooks/strava")
class StravaWebhookController {

	private final StravaWebhookService service;

	StravaWebhookController(StravaWebhookService service) {
		this.service = service;
	}

	@GetMapping
	Map<String, String> verify(@RequestParam("hub.mode") String mode,
			@RequestParam("hub.verify_token") String verifyToken, @RequestParam("hub.challenge") String challenge) {
		this.service.verify(mode, verifyToken);
		return Map.of("hub.challenge", challenge);
	}

	@PostMapping
	ResponseEntity<Void> receive(@Valid @RequestBody StravaEvent event) {
		this.service.accept(event);
		return ResponseEntity.ok().build();
	}

}
