package health.falcon.ingest.time;

/**
 * A {@link Sleeper} wait was interrupted (the service is shutting down); the interrupt
 * flag is restored.
 */
public class InterruptedWaitException extends RuntimeException {

	InterruptedWaitException(InterruptedException cause) {
		super("Interrupted while waiting", cause);
	}

}
