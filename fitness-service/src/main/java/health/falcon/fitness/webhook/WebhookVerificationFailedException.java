package health.falcon.fitness.webhook;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A webhook handshake or event that does not prove it comes from our Strava push
 * subscription (wrong verify token, wrong mode, another subscription id).
 */
class WebhookVerificationFailedException extends ProblemException {

	WebhookVerificationFailedException(String detail) {
		super(HttpStatus.FORBIDDEN, "webhook-verification-failed", "Webhook verification failed", detail);
	}

}
