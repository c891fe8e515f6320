package health.falcon.dropbox.profiles;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A sample file that a profile cannot be previewed on: empty, not text, or without a
 * column the profile maps.
 */
class SampleUnusableException extends ProblemException {

	SampleUnusableException(String reason) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "sample-unusable", "The sample cannot be read with this profile",
				reason);
	}

}
