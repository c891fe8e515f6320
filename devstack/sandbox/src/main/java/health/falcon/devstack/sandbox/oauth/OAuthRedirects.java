package health.falcon.devstack.sandbox.oauth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Redirects from the authorize endpoint back to the client: which {@code redirect_uri}
 * values are acceptable, and the redirect with the answer's query parameters.
 */
public final class OAuthRedirects {

	private OAuthRedirects() {
	}

	/**
	 * Whether a redirect URI points at one of the registered hosts, whatever its scheme.
	 * @param redirectUri the redirect URI, or {@code null}
	 * @param hosts the registered hosts
	 * @return {@code false} when missing, malformed or elsewhere
	 */
	public static boolean hostAllowed(@Nullable String redirectUri, Collection<String> hosts) {
		URI uri = parse(redirectUri);
		return uri != null && uri.getHost() != null && hosts.contains(uri.getHost());
	}

	/**
	 * Whether a redirect URI is an {@code http} or {@code https} URL on one of the
	 * registered hosts.
	 * @param redirectUri the redirect URI, or {@code null}
	 * @param hosts the registered hosts
	 * @return {@code false} when missing, malformed, of another scheme or elsewhere
	 */
	public static boolean httpHostAllowed(@Nullable String redirectUri, Collection<String> hosts) {
		URI uri = parse(redirectUri);
		return uri != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
				&& hostAllowed(redirectUri, hosts);
	}

	/**
	 * Builds the redirect to the client: its redirect URI, whose own query stays as the
	 * client encoded it, with the parameters in the given order and then the state, every
	 * appended value strictly encoded.
	 * @param redirectUri the client's redirect URI, a valid URI
	 * @param state the client's state, or {@code null} for none
	 * @param parameters the answer, such as {@code code} or {@code error}
	 * @return the redirect location
	 */
	@SafeVarargs
	public static URI to(String redirectUri, @Nullable String state, Map.Entry<String, String>... parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(redirectUri);
		for (Map.Entry<String, String> parameter : parameters) {
			builder.queryParam(parameter.getKey(), strict(parameter.getValue()));
		}
		if (state != null) {
			builder.queryParam("state", strict(state));
		}
		return builder.build(true).toUri();
	}

	/**
	 * Answers with a redirect.
	 * @param <T> the body type of the response
	 * @param location where to
	 * @return a 302 response with the {@code Location} header
	 */
	public static <T> ResponseEntity<T> found(URI location) {
		return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location.toString()).build();
	}

	private static String strict(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	private static @Nullable URI parse(@Nullable String redirectUri) {
		if (redirectUri == null) {
			return null;
		}
		try {
			return URI.create(redirectUri);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
