package health.falcon.ingest.account;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A sync or an import of the user was still running when the erasure waited for it to
 * end: 503, {@code https://falcon.health/problems/erasure-busy}. Nothing is lost by
 * asking again: every step of the erasure is idempotent.
 */
class ErasureBusyException extends ProblemException {

	ErasureBusyException(String what) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "erasure-busy", "Erasure busy",
				"A " + what + " of yours is still running; try deleting your data again in a minute.");
	}

}
