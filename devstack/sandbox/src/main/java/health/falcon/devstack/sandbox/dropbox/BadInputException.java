package health.falcon.devstack.sandbox.dropbox;

/**
 * Bad input to a Dropbox route, answered like Dropbox with 400 and a plain-text message
 * ({@code Error in call to API function "files/list_folder": ...}).
 */
class BadInputException extends RuntimeException {

	BadInputException(String route, String problem) {
		super("Error in call to API function \"" + route + "\": " + problem);
	}

}
