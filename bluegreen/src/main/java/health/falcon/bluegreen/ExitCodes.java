package health.falcon.bluegreen;

/**
 * The exit codes of the tool, a contract with {@code scripts/ci} and the Jenkinsfile.
 */
final class ExitCodes {

	static final int OK = 0;

	/** Anything unexpected: an API error, a missing Service or Deployment. */
	static final int ERROR = 1;

	/** The command line is wrong (picocli's own code for invalid input). */
	static final int USAGE = 2;

	/** The idle colour is not fully available, or a wait timed out. */
	static final int NOT_READY = 3;

	/** The smoke check through the preview Service failed; nothing was switched. */
	static final int SMOKE_FAILED = 4;

	/** Someone else switched the Service first (resourceVersion conflict). */
	static final int CONFLICT = 5;

	/** The previous colour has no available replicas any more. */
	static final int ROLLBACK_IMPOSSIBLE = 6;

	private ExitCodes() {
	}

}
