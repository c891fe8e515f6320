package health.falcon.kit.problem;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Base class of every domain exception that should reach the client as a problem+json
 * response. A subclass names the failure ({@code DatasetNotFoundException}) and fixes its
 * status, type slug and title; the kit's controller advice maps it to a
 * {@code ProblemDetail} with type {@code https://falcon.health/problems/<slug>}. The
 * {@link #getMessage() message} becomes the {@code detail} and is shown to the client, so
 * it must be safe: no personal data, no internals. Do not annotate subclasses with
 * {@code @ResponseStatus}.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String typeSlug;

	private final String title;

	/**
	 * Create a problem exception.
	 * @param status the HTTP status to respond with
	 * @param typeSlug the type slug appended to {@link ProblemTypes#BASE}
	 * @param title a short, stable summary of the problem type
	 * @param detail a safe, human-readable explanation of this occurrence
	 */
	protected ProblemException(HttpStatus status, String typeSlug, String title, String detail) {
		super(detail);
		this.status = status;
		this.typeSlug = typeSlug;
		this.title = title;
	}

	/**
	 * Return the HTTP status.
	 * @return the status, never {@code null}
	 */
	public HttpStatus getStatus() {
		return this.status;
	}

	/**
	 * Return the problem type URI.
	 * @return {@code https://falcon.health/problems/<slug>}
	 */
	public URI getType() {
		return ProblemTypes.of(this.typeSlug);
	}

	/**
	 * Return the problem title.
	 * @return the title, never {@code null}
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Return extension properties to add to the problem. Override to add safe, structured
	 * details; the default has none.
	 * @return extension properties by name, never {@code null}
	 */
	public Map<String, Object> getProperties() {
		return Map.of();
	}

	/**
	 * Return headers to add to the response, such as {@code Retry-After}. Override to add
	 * safe headers; the default has none.
	 * @return the headers, never {@code null}
	 */
	public HttpHeaders getHeaders() {
		return new HttpHeaders();
	}

}
