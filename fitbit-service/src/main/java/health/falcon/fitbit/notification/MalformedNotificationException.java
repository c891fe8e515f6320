package health.falcon.fitbit.notification;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A notification body that is not JSON or lacks the user or data type.
 */
class MalformedNotificationException extends ProblemException {

	MalformedNotificationException(String detail) {
		super(HttpStatus.BAD_REQUEST, "malformed-notification", "Malformed notification", detail);
	}

}
