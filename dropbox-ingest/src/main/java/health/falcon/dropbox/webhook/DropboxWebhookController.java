package health.falcon.dropbox.webhook;

import java.io.IOException;

import health.falcon.ingest.webhook.WebhookBodies;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dropbox's webhook, {@code /webhooks/dropbox}, reached without login: the verification
 * request gets its challenge back as plain text, and notifications are read as raw bytes
 * under the ingest kit's cap ({@code falcon.ingest.webhooks.max-body-size}, 413 above
 * it), checked against {@code X-Dropbox-Signature}, and only then parsed.
 */
@RestController
@RequestMapping("/webhooks/dropbox")
class DropboxWebhookController {

	private final DropboxWebhookService service;

	private final WebhookBodies bodies;

	DropboxWebhookController(DropboxWebhookService service, WebhookBodies bodies) {
		this.service = service;
		this.bodies = bodies;
	}

	@GetMapping
	ResponseEntity<String> verify(@RequestParam String challenge) {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.header("X-Content-Type-Options", "nosniff")
			.body(challenge);
	}

	@PostMapping
	ResponseEntity<Void> notified(HttpServletRequest request,
			@RequestHeader(name = "X-Dropbox-Signature", required = false) @Nullable String signature)
			throws IOException {
		this.service.notified(this.bodies.read(request), signature);
		return ResponseEntity.ok().build();
	}

}
