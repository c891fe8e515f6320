package health.falcon.devstack.sandbox.dropbox;

import java.util.List;

import health.falcon.devstack.sandbox.oauth.AuthorizeForm;
import health.falcon.devstack.sandbox.oauth.AuthorizePages;
import org.jspecify.annotations.Nullable;

/**
 * Dropbox's authorize page: the sandbox accounts as radio buttons (the first
 * preselected), one "Allow" button and a "Cancel" link, the request in hidden fields; the
 * page showing the code when there is no redirect URI; and the error page for a bad
 * request.
 */
final class AuthorizePage {

	private static final AuthorizePages pages = new AuthorizePages("Dropbox", "32rem",
			"an emulated Dropbox with seeded files");

	private AuthorizePage() {
	}

	static String form(String applicationName, Request request, List<DropboxAccount> accounts, String cancelUrl) {
		return pages.form(AuthorizeForm.post(DropboxAuthorizeController.PATH)
			.title("API Request Authorization")
			.heading(applicationName + " would like access to the files and folders in your Dropbox app folder")
			.intro("It will be able to view the metadata and content of your files (files.metadata.read, files.content.read).")
			.hidden("client_id", request.clientId())
			.hiddenIfPresent("redirect_uri", request.redirectUri())
			.hiddenIfPresent("state", request.state())
			.hiddenIfPresent("token_access_type", request.tokenAccessType())
			.hiddenIfPresent("code_challenge", request.codeChallenge())
			.hiddenIfPresent("code_challenge_method", request.codeChallengeMethod())
			.radios("Choose an account", "account", accounts, DropboxAccount::username,
					(account) -> account.displayName() + " (" + account.username() + ", " + account.email() + ")")
			.submit("Allow")
			.cancel(cancelUrl)
			.build());
	}

	static String code(String code) {
		return pages.page("Access code",
				"<h1>Enter this code into the app to finish linking</h1>\n<p><code id=\"code\">"
						+ AuthorizePages.escape(code) + "</code></p>");
	}

	static String error(String message) {
		return pages.alert("Error", "Error (400)",
				"It seems the app you were using submitted a bad request. " + message);
	}

	/**
	 * A validated authorization request, echoed by the form.
	 *
	 * @param clientId the app key
	 * @param redirectUri where the answer goes, or {@code null} to show the code
	 * @param state the app's state, or {@code null}
	 * @param tokenAccessType {@code offline}, {@code online} or {@code legacy}, or
	 * {@code null}
	 * @param codeChallenge the PKCE challenge, or {@code null}
	 * @param codeChallengeMethod the challenge's method, {@code null} without a challenge
	 */
	record Request(String clientId, @Nullable String redirectUri, @Nullable String state,
			@Nullable String tokenAccessType, @Nullable String codeChallenge, @Nullable String codeChallengeMethod) {

	}

}
