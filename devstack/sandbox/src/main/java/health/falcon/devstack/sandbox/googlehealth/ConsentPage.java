package health.falcon.devstack.sandbox.googlehealth;

import java.util.Set;

import health.falcon.devstack.sandbox.oauth.AuthorizeForm;
import health.falcon.devstack.sandbox.oauth.AuthorizePages;
import org.jspecify.annotations.Nullable;

/**
 * Google's consent screen: the requested scopes as ticked checkboxes, one "Allow" button
 * and a "Cancel" link, the request in hidden fields; and the "Access blocked" page for a
 * bad request.
 */
final class ConsentPage {

	private static final AuthorizePages pages = new AuthorizePages("Google Health", "34rem",
			"an emulated Google account with synthetic Fitbit data");

	private ConsentPage() {
	}

	static String form(String applicationName, String user, Request request, String cancelUrl) {
		return pages.form(AuthorizeForm.post(ConsentController.PATH)
			.title("Sign in")
			.heading(applicationName + " wants access to your Google Account")
			.intro("Signed in as " + user)
			.hidden("redirect_uri", request.redirectUri())
			.hidden("access_type", request.accessType())
			.hiddenIfPresent("state", request.state())
			.hiddenIfPresent("code_challenge", request.codeChallenge())
			.hiddenIfPresent("code_challenge_method", request.codeChallengeMethod())
			.checkboxes("Select what " + applicationName + " can access", "scope", request.scopes())
			.submit("Allow")
			.cancel(cancelUrl)
			.build());
	}

	static String error(String error, String message) {
		return pages.alert("Error", "Access blocked: authorization error", "Error 400: " + error, message);
	}

	/**
	 * A validated authorization request, echoed by the form.
	 *
	 * @param redirectUri where the answer goes
	 * @param accessType {@code online} or {@code offline}
	 * @param scopes the scopes requested
	 * @param state the client's state, or {@code null}
	 * @param codeChallenge the PKCE challenge, or {@code null}
	 * @param codeChallengeMethod the challenge's method, {@code null} without a challenge
	 */
	record Request(String redirectUri, String accessType, Set<String> scopes, @Nullable String state,
			@Nullable String codeChallenge, @Nullable String codeChallengeMethod) {

	}

}
