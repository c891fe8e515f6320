package health.falcon.ingest.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The chosen zone is not a zone id (400, problem type {@code invalid-time-zone}).
 */
class InvalidTimeZoneException extends ProblemException {

	InvalidTimeZoneException() {
		super(HttpStatus.BAD_REQUEST, "invalid-time-zone", "Invalid time zone",
				"timeZone is not an IANA time-zone id such as Europe/Paris.");
	}

}
