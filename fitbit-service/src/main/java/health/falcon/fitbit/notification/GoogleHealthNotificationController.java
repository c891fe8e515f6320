package health.falcon.fitbit.notification;

import java.io.IOException;

import health.falcon.ingest.webhook.WebhookBodies;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Google Health's subscriber endpoint, {@code /webhooks/google-health}, reached without
 * login. The body is read as raw bytes under the ingest kit's cap
 * ({@code falcon.ingest.webhooks.max-body-size}, 413 above it), authenticated by the
 * registered secret or the signature, and only then parsed: {@code {"type":
 * "verification"}} with the secret gets 201 (401 without credentials, 403 with others);
 * notifications get 204 at once and are re-fetched in the background.
 */
@RestController
@RequestMapping("/webhooks/google-health")
class GoogleHealthNotificationController {

	static final String SIGNATURE_HEADER = "X-HEALTHAPI-SIGNATURE";

	private final NotificationService service;

	private final WebhookBodies bodies;

	GoogleHealthNotificationController(NotificationService service, WebhookBodies bodies) {
		this.service = service;
		this.bodies = bodies;
	}

	@PostMapping
	ResponseEntity<Void> receive(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestHeader(name = SIGNATURE_HEADER, required = false) @Nullable String signature) throws IOException {
		byte[] body = this.bodies.read(request);
		return switch (this.service.receive(body, authorization, signature)) {
			case VERIFICATION -> ResponseEntity.status(HttpStatus.CREATED).build();
			case NOTIFICATIONS -> ResponseEntity.noContent().build();
		};
	}

}
