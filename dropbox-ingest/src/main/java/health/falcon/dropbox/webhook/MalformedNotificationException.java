package health.falcon.dropbox.webhook;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A correctly signed notification whose body is not the JSON Dropbox sends.
 */
class MalformedNotificationException extends ProblemException {

	MalformedNotificationException() {
		super(HttpStatus.BAD_REQUEST, "malformed-notification", "Malformed notification",
				"The notification body is not valid JSON.");
	}

}
