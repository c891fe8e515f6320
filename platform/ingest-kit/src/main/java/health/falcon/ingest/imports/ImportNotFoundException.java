package health.falcon.ingest.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No import of this user, through this provider, has the id (404, problem type
 * {@code import-not-found}).
 */
class ImportNotFoundException extends ProblemException {

	ImportNotFoundException() {
		super(HttpStatus.NOT_FOUND, "import-not-found", "Import not found", "No such import.");
	}

}
