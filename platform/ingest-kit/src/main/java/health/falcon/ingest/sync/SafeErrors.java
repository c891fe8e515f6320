package health.falcon.ingest.sync;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Describes a failure for {@code sync_runs} without response bodies (which may hold
 * health values) or tokens.
 */
final class SafeErrors {

	private static final int MAX_LENGTH = 200;

	private SafeErrors() {
	}

	static String describe(Throwable failure) {
		if (failure instanceof RestClientResponseException response) {
			return "Provider answered HTTP " + response.getStatusCode().value();
		}
		if (failure instanceof ResourceAccessException || failure instanceof IOException) {
			Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
			return "I/O error talking to the provider (" + cause.getClass().getSimpleName() + ")";
		}
		String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		return (message.length() > MAX_LENGTH) ? message.substring(0, MAX_LENGTH) : message;
	}

	static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				return null;
			}
		}
		return null;
	}

}
