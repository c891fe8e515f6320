package health.falcon.dropbox.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No import with this id belongs to the signed-in user (other users' imports look the
 * same).
 */
class ImportNotFoundException extends ProblemException {

	ImportNotFoundException() {
		super(HttpStatus.NOT_FOUND, "import-not-found", "Import not found", "No such import.");
	}

}
