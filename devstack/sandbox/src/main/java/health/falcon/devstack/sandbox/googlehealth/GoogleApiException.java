package health.falcon.devstack.sandbox.googlehealth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A failure reported in Google's JSON error shape
 * ({@code {"error":{"code","message","status","details":[ErrorInfo]}}}).
 */
class GoogleApiException extends RuntimeException {

	private final HttpStatus httpStatus;

	private final String status;

	private final @Nullable String reason;

	private final String domain;

	private final Map<String, String> metadata;

	GoogleApiException(HttpStatus httpStatus, String status, String message, @Nullable String reason, String domain,
			Map<String, String> metadata) {
		super(message);
		this.httpStatus = httpStatus;
		this.status = status;
		this.reason = reason;
		this.domain = domain;
		this.metadata = metadata;
	}

	static GoogleApiException invalidArgument(String message, @Nullable String reason, Map<String, String> metadata) {
		return new GoogleApiException(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", message, reason,
				"health.googleapis.com", metadata);
	}

	static GoogleApiException invalidArgument(String message) {
		return invalidArgument(message, null, Map.of());
	}

	static GoogleApiException unauthenticated() {
		return new GoogleApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
				"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
				"CREDENTIALS_MISSING", "googleapis.com", Map.of("service", "health.googleapis.com"));
	}

	static GoogleApiException insufficientScope(String method) {
		return new GoogleApiException(HttpStatus.FORBIDDEN, "PERMISSION_DENIED",
				"Request had insufficient authentication scopes.", "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "googleapis.com",
				Map.of("service", "health.googleapis.com", "method", method));
	}

	HttpStatus httpStatus() {
		return this.httpStatus;
	}

	/**
	 * Returns the Google error body.
	 * @return {@code {"error": {...}}}
	 */
	Map<String, Object> body() {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", this.httpStatus.value());
		error.put("message", getMessage());
		error.put("status", this.status);
		if (this.reason != null) {
			Map<String, Object> info = new LinkedHashMap<>();
			info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
			info.put("reason", this.reason);
			info.put("domain", this.domain);
			if (!this.metadata.isEmpty()) {
				info.put("metadata", this.metadata);
			}
			error.put("details", List.of(info));
		}
		return Map.of("error", error);
	}

}
