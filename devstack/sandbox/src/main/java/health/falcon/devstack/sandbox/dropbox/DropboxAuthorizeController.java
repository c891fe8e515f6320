package health.falcon.devstack.sandbox.dropbox;

import java.util.Map;

import health.falcon.devstack.sandbox.oauth.AuthorizePages;
import health.falcon.devstack.sandbox.oauth.OAuthRedirects;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dropbox's authorize endpoint ({@code /oauth2/authorize}): the page with the account
 * chooser, and the form post that redirects to the app with a code and the state. A bad
 * {@code client_id} or {@code redirect_uri} gets an error page (never a redirect), like
 * Dropbox.
 */
@Controller
class DropboxAuthorizeController {

	static final String PATH = "/dropbox/oauth2/authorize";

	private static final String DENIED = "The user chose not to give your app access to their Dropbox account.";

	private final DropboxProperties properties;

	private final DropboxAccounts accounts;

	private final DropboxOAuth oauth;

	DropboxAuthorizeController(DropboxProperties properties, DropboxAccounts accounts, DropboxOAuth oauth) {
		this.properties = properties;
		this.accounts = accounts;
		this.oauth = oauth;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "response_type", required = false) @Nullable String responseType,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(name = "token_access_type", required = false) @Nullable String tokenAccessType,
			@RequestParam(name = "code_challenge", required = false) @Nullable String codeChallenge,
			@RequestParam(name = "code_challenge_method", required = false) @Nullable String codeChallengeMethod) {
		String problem = problem(clientId, redirectUri);
		if (problem == null) {
			problem = requestProblem(responseType, tokenAccessType, codeChallenge, codeChallengeMethod);
		}
		if (problem != null) {
			return AuthorizePages.html(HttpStatus.BAD_REQUEST, AuthorizePage.error(problem));
		}
		AuthorizePage.Request request = new AuthorizePage.Request(String.valueOf(clientId), redirectUri, state,
				tokenAccessType, codeChallenge,
				(codeChallenge != null) ? ((codeChallengeMethod != null) ? codeChallengeMethod : "plain") : null);
		String cancel = (redirectUri != null) ? OAuthRedirects
			.to(redirectUri, state, Map.entry("error", "access_denied"), Map.entry("error_description", DENIED))
			.toString() : PATH;
		return AuthorizePages.html(HttpStatus.OK,
				AuthorizePage.form(this.properties.applicationName(), request, this.accounts.all(), cancel));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> allow(@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(name = "token_access_type", required = false) @Nullable String tokenAccessType,
			@RequestParam(name = "code_challenge", required = false) @Nullable String codeChallenge,
			@RequestParam(name = "code_challenge_method", defaultValue = "plain") String codeChallengeMethod,
			@RequestParam(defaultValue = "demo") String account) {
		String problem = problem(clientId, redirectUri);
		DropboxAccount chosen = this.accounts.byUsername(account).orElse(null);
		if (problem != null || chosen == null) {
			return AuthorizePages.html(HttpStatus.BAD_REQUEST,
					AuthorizePage.error((problem != null) ? problem : "Unknown account."));
		}
		String code = this.oauth.issueCode(chosen, redirectUri, codeChallenge, codeChallengeMethod,
				"offline".equals(tokenAccessType));
		if (redirectUri == null) {
			return AuthorizePages.html(HttpStatus.OK, AuthorizePage.code(code));
		}
		return OAuthRedirects.found(OAuthRedirects.to(redirectUri, state, Map.entry("code", code)));
	}

	private @Nullable String problem(@Nullable String clientId, @Nullable String redirectUri) {
		if (!this.properties.clientId().equals(clientId)) {
			return "Invalid client_id: \"" + clientId + "\".";
		}
		if (redirectUri != null && !OAuthRedirects.hostAllowed(redirectUri, this.properties.redirectHosts())) {
			return "Invalid redirect_uri. It must exactly match one of the redirect URIs you've pre-configured for your app (including the path).";
		}
		return null;
	}

	private static @Nullable String requestProblem(@Nullable String responseType, @Nullable String tokenAccessType,
			@Nullable String codeChallenge, @Nullable String codeChallengeMethod) {
		if (!"code".equals(responseType)) {
			return "Invalid response_type: \"" + responseType + "\". The sandbox supports \"code\" only.";
		}
		if (tokenAccessType != null && !tokenAccessType.matches("offline|online|legacy")) {
			return "Invalid token_access_type: \"" + tokenAccessType + "\".";
		}
		if (codeChallenge != null && (codeChallenge.length() < 43 || codeChallenge.length() > 128)) {
			return "Invalid code_challenge: it must be 43 to 128 characters long.";
		}
		if (codeChallengeMethod != null && !codeChallengeMethod.matches("S256|plain")) {
			return "Invalid code_challenge_method: \"" + codeChallengeMethod + "\".";
		}
		return null;
	}

}
