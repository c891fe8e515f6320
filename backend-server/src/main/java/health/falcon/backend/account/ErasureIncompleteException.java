package health.falcon.backend.account;

import java.util.List;
import java.util.Map;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * One or more services could not erase the user's data: 502,
 * {@code https://falcon.health/problems/erasure-incomplete}, with what the others removed
 * ({@code removed}) and the services that failed ({@code failed}). Every step is
 * idempotent, so asking again completes the erasure.
 */
class ErasureIncompleteException extends ProblemException {

	private final Map<String, Map<String, Long>> removed;

	private final List<String> failed;

	ErasureIncompleteException(Map<String, Map<String, Long>> removed, List<String> failed) {
		super(HttpStatus.BAD_GATEWAY, "erasure-incomplete", "Erasure incomplete",
				"Some services could not delete your data (" + String.join(", ", failed)
						+ "); delete your account again to complete it.");
		this.removed = removed;
		this.failed = failed;
	}

	@Override
	public Map<String, Object> getProperties() {
		return Map.of("removed", this.removed, "failed", this.failed);
	}

}
