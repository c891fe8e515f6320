package health.falcon.dropbox.webhook;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A notification whose {@code X-Dropbox-Signature} is not the HMAC of its body under our
 * app secret (the same problem type as fitness-service's webhook refusals).
 */
class WebhookVerificationFailedException extends ProblemException {

	WebhookVerificationFailedException() {
		super(HttpStatus.FORBIDDEN, "webhook-verification-failed", "Webhook verification failed",
				"The notification's signature does not match.");
	}

}
