package health.falcon.kit.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The stable problem type URIs every Falcon service uses in RFC 9457 responses. Each type
 * is {@code https://falcon.health/problems/<slug>}; clients (the SPA, other services,
 * tests) may switch on these URIs, so existing slugs never change meaning.
 */
public final class ProblemTypes {

	/** The prefix of every Falcon problem type. */
	public static final String BASE = "https://falcon.health/problems/";

	/**
	 * 400: request body or parameters failed validation; see the {@code errors} property.
	 */
	public static final URI VALIDATION = of("validation");

	/** 400: the request could not be read (unparseable JSON, wrong parameter type). */
	public static final URI MALFORMED_REQUEST = of("malformed-request");

	/** 401: no or an invalid bearer token. */
	public static final URI UNAUTHENTICATED = of("unauthenticated");

	/** 403: authenticated but not allowed. */
	public static final URI FORBIDDEN = of("forbidden");

	/** 404: no such resource or path. */
	public static final URI NOT_FOUND = of("not-found");

	/** 405: the path exists but not for this method. */
	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	/**
	 * 413: the request body (or a multipart upload) is larger than the service accepts;
	 * nothing of it was processed.
	 */
	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	/** 415: the request body's content type is not supported. */
	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	/** 500: an unexpected error; the detail is generic and the cause is only logged. */
	public static final URI INTERNAL = of("internal");

	private ProblemTypes() {
	}

	/**
	 * Return the type URI for a slug.
	 * @param slug a lower-case, hyphenated slug such as {@code dataset-not-found}
	 * @return {@code https://falcon.health/problems/<slug>}
	 */
	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}

	/**
	 * Return the default type for an HTTP status: the named types above where one exists,
	 * otherwise a slug derived from the reason phrase (for example {@code conflict}).
	 * @param status the response status
	 * @return the problem type, never {@code null}
	 */
	public static URI forStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 500 -> INTERNAL;
			default -> of(slugFor(status));
		};
	}

	private static String slugFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return "http-" + status.value();
		}
		return known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
