package health.falcon.backend.photos;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The image declares more pixels than {@code falcon.photos.max-pixels}; refused from its
 * header, before any pixel is decoded.
 */
class ImageTooLargeException extends ProblemException {

	ImageTooLargeException(long maxPixels) {
		super(HttpStatus.BAD_REQUEST, "image-too-large", "Image too large",
				"The image has more than " + maxPixels + " pixels.");
	}

}
