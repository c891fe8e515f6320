package health.falcon.fitbit.export;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The confirmed time zone is not an IANA zone id.
 */
class InvalidTimeZoneException extends ProblemException {

	InvalidTimeZoneException() {
		super(HttpStatus.BAD_REQUEST, "invalid-time-zone", "Invalid time zone",
				"timeZone must be an IANA zone id such as Europe/Berlin.");
	}

}
