package health.falcon.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ingest kit's connect flow driven through a service's {@link RestTestClient} the way
 * the gateway relays a browser: {@code /authorize} as the user (a 302 to the provider
 * carrying the signed {@code state}), then the provider's redirect back to
 * {@code /callback} with a code and that state.
 */
public final class ConnectFlows {

	private ConnectFlows() {
	}

	/**
	 * Connect a provider for a user.
	 * @param client the service's client
	 * @param provider the provider's id, for example {@code strava}
	 * @param user the user ({@link TestJwts#bearer(String)} signs the token)
	 * @param callbackQuery more query parameters of the provider's redirect back
	 * (Strava's {@code &scope=...}), or empty
	 * @return where the callback sent the browser
	 */
	public static URI connect(RestTestClient client, String provider, String user, String callbackQuery) {
		URI authorize = redirect(client, "/api/connections/" + provider + "/authorize", user);
		String state = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");
		if (state == null) {
			throw new IllegalStateException("No state in " + authorize);
		}
		return redirect(client, "/api/connections/" + provider + "/callback?code=the-code&state="
				+ URLDecoder.decode(state, StandardCharsets.UTF_8) + callbackQuery, user);
	}

	/**
	 * GET a path as the user and expect a redirect.
	 * @param client the service's client
	 * @param user the user id the request is signed in as (the token's {@code sub})
	 * @return the redirect's location
	 */
	public static URI redirect(RestTestClient client, String path, String user) {
		URI location = client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		if (location == null) {
			throw new IllegalStateException("No Location from " + path);
		}
		return location;
	}

}
