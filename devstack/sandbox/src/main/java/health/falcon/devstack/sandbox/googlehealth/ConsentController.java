package health.falcon.devstack.sandbox.googlehealth;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Google's authorization endpoint ({@code /o/oauth2/v2/auth}): the consent page, and the
 * form post that redirects to the client with a code, the state and the granted scopes
 * (space-separated). Users may untick scopes (partial consent).
 */
@Controller
class ConsentController {

	static final String PATH = "/google-health/o/oauth2/v2/auth";

	private final GoogleHealthProperties properties;

	private final GoogleOAuth oauth;

	ConsentController(GoogleHealthProperties properties, GoogleOAuth oauth) {
		this.properties = properties;
		this.oauth = oauth;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> consentPage(@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(name = "response_type", required = false) @Nullable String responseType,
			@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(name = "code_challenge", required = false) @Nullable String codeChallenge,
			@RequestParam(name = "code_challenge_method", required = false) @Nullable String codeChallengeMethod,
			@RequestParam(name = "access_type", required = false) @Nullable String accessType) {
		Set<String> scopes = GoogleScopes.parse(scope);
		String[] problem = problem(clientId, redirectUri, responseType, scopes, codeChallenge, codeChallengeMethod);
		if (problem != null) {
			return AuthorizePages.html(HttpStatus.BAD_REQUEST, ConsentPage.error(problem[0], problem[1]));
		}
		ConsentPage.Request request = new ConsentPage.Request(String.valueOf(redirectUri),
				(accessType != null) ? accessType : "online", scopes, state, codeChallenge,
				(codeChallenge != null) ? ((codeChallengeMethod != null) ? codeChallengeMethod : "plain") : null);
		String cancel = OAuthRedirects.to(String.valueOf(redirectUri), state, Map.entry("error", "access_denied"))
			.toString();
		return AuthorizePages.html(HttpStatus.OK, ConsentPage.form(this.properties.applicationName(),
				this.properties.user().displayName(), request, cancel));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> allow(@RequestParam(name = "redirect_uri") String redirectUri,
			@RequestParam(name = "access_type", defaultValue = "online") String accessType,
			@RequestParam(required = false) @Nullable List<String> scope,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(name = "code_challenge", required = false) @Nullable String codeChallenge,
			@RequestParam(name = "code_challenge_method", defaultValue = "plain") String codeChallengeMethod) {
		Set<String> granted = new LinkedHashSet<>((scope != null) ? scope : List.of());
		if (granted.isEmpty() || !OAuthRedirects.hostAllowed(redirectUri, this.properties.redirectHosts())) {
			return OAuthRedirects.found(OAuthRedirects.to(redirectUri, state, Map.entry("error", "access_denied")));
		}
		String code = this.oauth.issueCode(new GoogleOAuth.Code(Collections.unmodifiableSet(granted), redirectUri,
				codeChallenge, codeChallengeMethod, "offline".equals(accessType)));
		return OAuthRedirects.found(OAuthRedirects.to(redirectUri, state, Map.entry("code", code),
				Map.entry("scope", GoogleScopes.format(granted))));
	}

	private String @Nullable [] problem(@Nullable String clientId, @Nullable String redirectUri,
			@Nullable String responseType, Set<String> scopes, @Nullable String codeChallenge,
			@Nullable String method) {
		if (!this.properties.clientId().equals(clientId)) {
			return new String[] { "invalid_client", "The OAuth client was not found." };
		}
		if (!OAuthRedirects.hostAllowed(redirectUri, this.properties.redirectHosts())) {
			return new String[] { "redirect_uri_mismatch",
					"You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy." };
		}
		if (!"code".equals(responseType)) {
			return new String[] { "unsupported_response_type", "Invalid response_type: " + responseType };
		}
		if (scopes.isEmpty()) {
			return new String[] { "invalid_request", "Missing required parameter: scope" };
		}
		String unknown = scopes.stream().filter((s) -> !GoogleScopes.known(s)).findFirst().orElse(null);
		if (unknown != null) {
			return new String[] { "invalid_scope", "Some requested scopes were invalid: " + unknown };
		}
		if (codeChallenge != null && method != null && !method.equals("S256") && !method.equals("plain")) {
			return new String[] { "invalid_request", "Invalid code_challenge_method: " + method };
		}
		return null;
	}

}
