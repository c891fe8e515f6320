package health.falcon.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import health.falcon.gateway.login.AuthorizationRequestCookieRepository;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's sign-in through the gateway against the stub provider, step by step:
 * {@code /oauth2/authorization/falcon} (the gateway answers with the provider's authorize
 * URL and the authorization request cookie), then the provider's redirect back to
 * {@code /login/oauth2/code/falcon} with a code and the state. The stub provider's token
 * endpoint answers with an ID token for the user and the nonce of this sign-in.
 */
final class SignInFlow {

	private SignInFlow() {
	}

	/**
	 * Start a sign-in.
	 * @param client the browser
	 * @param cookies cookies to send, as {@code name=value}, or none
	 * @return the started sign-in
	 */
	static Started start(WebTestClient client, String... cookies) {
		WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/oauth2/authorization/falcon");
		for (String cookie : cookies) {
			String[] pair = cookie.split("=", 2);
			request = request.cookie(pair[0], pair[1]);
		}
		EntityExchangeResult<Void> result = request.exchange()
			.expectStatus()
			.isFound()
			.expectBody(Void.class)
			.returnResult();
		URI authorize = result.getResponseHeaders().getLocation();
		assertThat(authorize).isNotNull();
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
		return new Started(authorize, decode(query.getFirst("state")), decode(query.getFirst("nonce")),
				result.getResponseCookies().getFirst(AuthorizationRequestCookieRepository.COOKIE_NAME));
	}

	/**
	 * The provider's redirect back, with the stub provider ready to redeem the code for
	 * the given user.
	 * @param client the browser
	 * @param state the state to send back
	 * @param loginCookie the authorization request cookie's value to send, or
	 * {@code null}
	 * @param subject the user the provider signs in
	 * @param nonce the nonce the provider puts into the ID token
	 * @return the gateway's answer
	 */
	static EntityExchangeResult<Void> callback(WebTestClient client, String state, String loginCookie, String subject,
			String nonce) {
		StubServers.provider.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(okJson("""
				{"access_token":"access-token","token_type":"Bearer","expires_in":300,
				 "scope":"openid profile email","id_token":"%s"}""".formatted(StubServers.idToken(subject, nonce)))));
		StubServers.provider.stubFor(get(urlPathEqualTo("/userinfo")).willReturn(okJson("""
				{"sub":"%s","name":"%s user"}""".formatted(subject, subject))));
		WebTestClient.RequestHeadersSpec<?> request = client.get()
			.uri("/login/oauth2/code/falcon?code=the-code&state={state}", state);
		if (loginCookie != null) {
			request = request.cookie(AuthorizationRequestCookieRepository.COOKIE_NAME, loginCookie);
		}
		return request.exchange().expectBody(Void.class).returnResult();
	}

	/**
	 * Sign in from start to end.
	 * @param client the browser
	 * @param subject the user
	 * @return the gateway's answer to the provider's redirect back (302 with the session
	 * cookie)
	 */
	static EntityExchangeResult<Void> signIn(WebTestClient client, String subject) {
		Started started = start(client);
		EntityExchangeResult<Void> result = callback(client, started.state(), started.loginCookie().getValue(), subject,
				started.nonce());
		assertThat(result.getStatus().value()).as("sign-in answer").isEqualTo(302);
		assertThat(result.getResponseCookies().getFirst("FALCON_SESSION")).as("session cookie").isNotNull();
		return result;
	}

	/**
	 * Sign in and return the session cookie's value.
	 * @param client the browser
	 * @param subject the user
	 * @return the value of {@code FALCON_SESSION}
	 */
	static String session(WebTestClient client, String subject) {
		ResponseCookie session = signIn(client, subject).getResponseCookies().getFirst("FALCON_SESSION");
		assertThat(session).isNotNull();
		return session.getValue();
	}

	private static String decode(String value) {
		assertThat(value).isNotNull();
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A started sign-in.
	 *
	 * @param authorize the provider's authorize URL the browser was sent to
	 * @param state the state parameter
	 * @param nonce the nonce parameter
	 * @param loginCookie the authorization request cookie
	 */
	record Started(URI authorize, String state, String nonce, ResponseCookie loginCookie) {

	}

}
