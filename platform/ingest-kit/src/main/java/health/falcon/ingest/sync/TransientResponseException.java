package health.falcon.ingest.sync;

import java.io.IOException;

/**
 * A provider answered an idempotent request with a 5xx; an I/O fault for retrying.
 */
class TransientResponseException extends IOException {

	TransientResponseException(int status) {
		super("Provider answered " + status);
	}

}
