package health.falcon.bluegreen;

/**
 * A failure the tool reports with its own exit code and a one-line message, without a
 * stack trace.
 */
class BlueGreenException extends RuntimeException {

	private final int exitCode;

	BlueGreenException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	BlueGreenException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return this.exitCode;
	}

}
