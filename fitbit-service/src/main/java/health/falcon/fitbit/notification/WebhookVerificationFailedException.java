package health.falcon.fitbit.notification;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A request to the notification endpoint whose secret is wrong or whose signature does
 * not verify.
 */
class WebhookVerificationFailedException extends ProblemException {

	WebhookVerificationFailedException(String detail) {
		super(HttpStatus.FORBIDDEN, "webhook-verification-failed", "Webhook verification failed", detail);
	}

}
