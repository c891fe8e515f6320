package health.falcon.backend.account;

import java.io.IOException;

/**
 * Reading an entry of the uploaded archive went over a limit of {@link RestoreProperties}
 * (entry size, total size or compression ratio). An {@link IOException}, because it is
 * thrown from {@code read}; the restore answers it as {@link InvalidArchiveException}.
 */
class ArchiveLimitException extends IOException {

	ArchiveLimitException(String message) {
		super(message);
	}

}
