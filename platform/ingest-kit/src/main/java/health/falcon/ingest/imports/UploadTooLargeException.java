package health.falcon.ingest.imports;

import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The upload is larger than the reader accepts (413, problem type
 * {@code payload-too-large}, like every other 413 of the system).
 */
class UploadTooLargeException extends ProblemException {

	UploadTooLargeException(DataSize limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				"The file is larger than " + ArchiveLimits.format(limit) + ".");
	}

}
