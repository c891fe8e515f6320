package health.falcon.fitbit.notification;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Google Health's subscriber endpoint, {@code /webhooks/google-health}, reached without
 * login: {@code {"type": "verification"}} gets 201 with the registered secret (401
 * without, 403 with another); notifications with the secret or a valid signature get 204
 * at once and are re-fetched in the background.
 */
@RestController
@RequestMapping("/webhooks/google-health")
class GoogleHealthNotificationController {

	static final String SIGNATURE_HEADER = "X-HEALTHAPI-SIGNATURE";

	private final NotificationService service;

	GoogleHealthNotificationController(NotificationService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<Void> receive(@RequestBody byte[] body,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestHeader(name = SIGNATURE_HEADER, required = false) @Nullable String signature) {
		return switch (this.service.receive(body, authorization, signature)) {
			case VERIFICATION -> ResponseEntity.status(HttpStatus.CREATED).build();
			case NOTIFICATIONS -> ResponseEntity.noContent().build();
		};
	}

}
