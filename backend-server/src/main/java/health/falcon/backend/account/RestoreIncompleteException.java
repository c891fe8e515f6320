package health.falcon.backend.account;

import java.util.List;
import java.util.Map;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No ingest service took the archive: 502,
 * {@code https://falcon.health/problems/restore-incomplete}, with what backend-server
 * restored itself ({@code restored}) and the services that failed ({@code failed},
 * {@code reasons}). Restoring is idempotent, so the same archive can be sent again.
 */
class RestoreIncompleteException extends ProblemException {

	private final AccountRestore.Report report;

	RestoreIncompleteException(AccountRestore.Report report) {
		super(HttpStatus.BAD_GATEWAY, "restore-incomplete", "Restore incomplete",
				"No service could import the archive (" + String.join(", ", report.failed())
						+ "); send the same archive again to complete the restore.");
		this.report = report;
	}

	@Override
	public Map<String, Object> getProperties() {
		return Map.of("restored", this.report.restored(), "imports", this.report.imports(), "failed",
				List.copyOf(this.report.failed()), "reasons", this.report.reasons());
	}

}
