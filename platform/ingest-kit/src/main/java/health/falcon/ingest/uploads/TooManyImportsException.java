package health.falcon.ingest.uploads;

import java.time.Duration;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The user already has as many imports queued or running as one user may; nothing of the
 * upload was kept. Answered with 429, problem type {@code too-many-imports} and a
 * {@code Retry-After} header; other users are not affected.
 */
public class TooManyImportsException extends ProblemException {

	private final Duration retryAfter;

	/**
	 * Create the refusal.
	 * @param limit the most imports one user may have at once
	 * @param property the property that sets the limit
	 * @param retryAfter when to try again
	 */
	public TooManyImportsException(int limit, String property, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-imports", "Too many imports", "You already have " + limit
				+ " imports queued or running (" + property + " " + limit + "); try again when one has finished.");
		this.retryAfter = retryAfter;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, this.retryAfter.toSeconds())));
		return headers;
	}

}
