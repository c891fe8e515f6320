package health.falcon.data.insights;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * An insight kind backend-data does not know: a 404 {@code unknown-insight} problem.
 */
class UnknownInsightException extends ProblemException {

	UnknownInsightException(String kind) {
		super(HttpStatus.NOT_FOUND, "unknown-insight", "Unknown insight",
				"There is no insight '" + kind + "'; GET /insights lists them.");
	}

}
