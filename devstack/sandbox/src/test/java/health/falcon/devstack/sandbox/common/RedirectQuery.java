package health.falcon.devstack.sandbox.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Reads a redirect's query the way the client behind the redirect URI does: each
 * parameter once, decoded.
 */
public final class RedirectQuery {

	private RedirectQuery() {
	}

	/**
	 * Returns the decoded query parameters of a location.
	 * @param location the {@code Location} header or link
	 * @return the parameters in order, the first value of each
	 */
	public static Map<String, String> of(String location) {
		Map<String, String> parameters = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(URI.create(location))
			.build()
			.getQueryParams()
			.toSingleValueMap()
			.forEach((name, value) -> parameters.put(name, UriUtils.decode(value, StandardCharsets.UTF_8)));
		return parameters;
	}

}
