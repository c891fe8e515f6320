package health.falcon.backend.photos;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload is not a JPEG, PNG or WebP image by its bytes, or does not decode as one,
 * whatever its name and declared type say.
 */
class UnsupportedMediaException extends ProblemException {

	UnsupportedMediaException() {
		super(HttpStatus.BAD_REQUEST, "unsupported-media", "Unsupported media",
				"The file is not a JPEG, PNG or WebP image.");
	}

}
