package health.falcon.backend.photos;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload is longer than {@code falcon.photos.max-bytes}. The multipart limits refuse
 * such uploads first; this guards the same limit where they were set higher.
 */
class PhotoTooLargeException extends ProblemException {

	PhotoTooLargeException(long maxBytes) {
		super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				"The upload is larger than the limit of " + maxBytes + " bytes.");
	}

}
