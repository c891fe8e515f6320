package health.falcon.diet.diary;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * MyFitnessPal could not be asked whether the session is valid (5xx, timeout, an answer
 * of an unexpected shape): 502,
 * {@code https://falcon.health/problems/provider-unavailable}; nothing was stored and the
 * user may try again.
 */
class ProviderUnavailableException extends ProblemException {

	ProviderUnavailableException() {
		super(HttpStatus.BAD_GATEWAY, "provider-unavailable", "MyFitnessPal unavailable",
				"MyFitnessPal could not be reached or answered unexpectedly; try again later.");
	}

}
