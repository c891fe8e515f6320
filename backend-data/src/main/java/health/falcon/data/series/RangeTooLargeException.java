package health.falcon.data.series;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A range too long for the resolution asked for ({@code raw} over more than two days): a
 * 400 {@code range-too-large} problem.
 */
public class RangeTooLargeException extends ProblemException {

	public RangeTooLargeException(String detail) {
		super(HttpStatus.BAD_REQUEST, "range-too-large", "Range too large", detail);
	}

}
