package health.falcon.dropbox.formats;

/**
 * One row cannot be used; caught by the parser and reported as a {@link RowError}.
 */
class RowException extends Exception {

	RowException(String reason) {
		super(reason);
	}

}
