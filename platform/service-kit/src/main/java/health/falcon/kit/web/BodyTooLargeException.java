package health.falcon.kit.web;

import java.io.IOException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A request body is larger than its limit. It is an {@link IOException}, not a
 * {@code ProblemException}, because the limited input stream throws it from {@code read},
 * where readers (Jackson, message converters, the container) expect only I/O failures;
 * the service kit's problem handling finds it in any cause chain and answers 413 with the
 * type {@code https://falcon.health/problems/payload-too-large}.
 */
public class BodyTooLargeException extends IOException {

	private final long limit;

	/**
	 * Create the exception.
	 * @param limit the limit that was exceeded, in bytes
	 */
	public BodyTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes.");
		this.limit = limit;
	}

	/**
	 * Return the limit that was exceeded.
	 * @return the limit in bytes
	 */
	public long getLimit() {
		return this.limit;
	}

	/**
	 * Find a body-too-large exception in a cause chain.
	 * @param failure any failure, possibly {@code null}
	 * @return the first {@link BodyTooLargeException} in the chain of {@code failure}
	 */
	public static Optional<BodyTooLargeException> findIn(@Nullable Throwable failure) {
		Throwable candidate = failure;
		for (int depth = 0; candidate != null && depth < 16; depth++) {
			if (candidate instanceof BodyTooLargeException tooLarge) {
				return Optional.of(tooLarge);
			}
			candidate = candidate.getCause();
		}
		return Optional.empty();
	}

}
