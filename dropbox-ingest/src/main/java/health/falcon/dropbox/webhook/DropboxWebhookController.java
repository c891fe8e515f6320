package health.falcon.dropbox.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dropbox's webhook, {@code /webhooks/dropbox}, reached without login: the verification
 * request gets its challenge back as plain text, and notifications are checked against
 * {@code X-Dropbox-Signature}.
 */
@RestController
@RequestMapping("/webhooks/dropbox")
class DropboxWebhookController {

	private final DropboxWebhookService service;

	DropboxWebhookController(DropboxWebhookService service) {
		this.service = service;
	}

	@GetMapping
	ResponseEntity<String> verify(@RequestParam String challenge) {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.header("X-Content-Type-Options", "nosniff")
			.body(challenge);
	}

	@PostMapping
	ResponseEntity<Void> notified(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Dropbox-Signature", required = false) @Nullable String signature) {
		this.service.notified((body != null) ? body : new byte[0], signature);
		return ResponseEntity.ok().build();
	}

}
