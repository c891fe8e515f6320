package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rate-limited call: 429 with {@code Retry-After} and Dropbox's RateLimitError body
 * {@code {"error_summary": "too_many_requests/..", "error": {"reason": {".tag":
 * "too_many_requests"}, "retry_after": n}}}.
 */
class TooManyRequestsException extends RuntimeException {

	private final int retryAfterSeconds;

	TooManyRequestsException(int retryAfterSeconds) {
		super("too_many_requests/..");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	Map<String, Object> body() {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("reason", Map.of(".tag", "too_many_requests"));
		error.put("retry_after", this.retryAfterSeconds);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error_summary", getMessage());
		body.put("error", error);
		return body;
	}

}
