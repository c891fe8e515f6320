package health.falcon.dropbox.webhook;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A notification without {@code X-Dropbox-Signature}.
 */
class WebhookSignatureMissingException extends ProblemException {

	WebhookSignatureMissingException() {
		super(HttpStatus.UNAUTHORIZED, "webhook-signature-missing", "Webhook signature missing",
				"The notification carries no X-Dropbox-Signature header.");
	}

}
