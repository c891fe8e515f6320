package health.falcon.fitbit.notification;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A request to the notification endpoint that carries neither the endpoint secret nor a
 * signature (Google's second verification request must get 401 or 403).
 */
class NotificationUnauthenticatedException extends ProblemException {

	NotificationUnauthenticatedException() {
		super(HttpStatus.UNAUTHORIZED, "webhook-unauthenticated", "Webhook credentials missing",
				"The request carries neither the endpoint secret nor a signature.");
	}

}
