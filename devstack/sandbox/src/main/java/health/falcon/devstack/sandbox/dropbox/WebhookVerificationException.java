package health.falcon.devstack.sandbox.dropbox;

/**
 * The webhook URI did not echo the verification challenge.
 */
class WebhookVerificationException extends RuntimeException {

	WebhookVerificationException(String message) {
		super(message);
	}

}
