package health.falcon.devstack.sandbox.googlehealth;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Google's authorization endpoint ({@code /o/oauth2/v2/auth}): the consent page, and the
 * form post that redirects to the client with a code, the state and the granted scopes
 * (space-separated). Users may untick scopes (partial consent).
 */
@Controller
class ConsentController {

	private static final String PATH = "/google-health/o/oauth2/v2/auth";

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
			return html(HttpStatus.BAD_REQUEST, ConsentPage.error(problem[0], problem[1]));
		}
		Map<String, String> hidden = new LinkedHashMap<>();
		hidden.put("redirect_uri", String.valueOf(redirectUri));
		hidden.put("access_type", (accessType != null) ? accessType : "online");
		putIfPresent(hidden, "state", state);
		putIfPresent(hidden, "code_challenge", codeChallenge);
		if (codeChallenge != null) {
			hidden.put("code_challenge_method", (codeChallengeMethod != null) ? codeChallengeMethod : "plain");
		}
		String cancel = redirect(String.valueOf(redirectUri), state, Map.of("error", "access_denied")).toString();
		return html(HttpStatus.OK, ConsentPage.form(this.properties.applicationName(),
				this.properties.user().displayName(), hidden, scopes, cancel));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> allow(@RequestParam(name = "redirect_uri") String redirectUri,
			@RequestParam(name = "access_type", defaultValue = "online") String accessType,
			@RequestParam(required = false) @Nullable List<String> scope,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(name = "code_challenge", required = false) @Nullable String codeChallenge,
			@RequestParam(name = "code_challenge_method", defaultValue = "plain") String codeChallengeMethod) {
		Set<String> granted = new LinkedHashSet<>((scope != null) ? scope : List.of());
		if (granted.isEmpty() || !redirectAllowed(redirectUri)) {
			return found(redirect(redirectUri, state, Map.of("error", "access_denied")));
		}
		String code = this.oauth.issueCode(new GoogleOAuth.Code(Collections.unmodifiableSet(granted), redirectUri,
				codeChallenge, codeChallengeMethod, "offline".equals(accessType), Instant.MAX));
		return found(redirect(redirectUri, state, Map.of("code", code, "scope", GoogleScopes.format(granted))));
	}

	private String @Nullable [] problem(@Nullable String clientId, @Nullable String redirectUri,
			@Nullable String responseType, Set<String> scopes, @Nullable String codeChallenge,
			@Nullable String method) {
		if (!this.properties.clientId().equals(clientId)) {
			return new String[] { "invalid_client", "The OAuth client was not found." };
		}
		if (redirectUri == null || !redirectAllowed(redirectUri)) {
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

	private boolean redirectAllowed(String redirectUri) {
		try {
			String host = URI.create(redirectUri).getHost();
			return host != null && this.properties.redirectHosts().contains(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static URI redirect(String redirectUri, @Nullable String state, Map<String, String> parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(redirectUri);
		parameters.forEach((name, value) -> builder.queryParam(name, "{" + name + "}"));
		Map<String, String> values = new LinkedHashMap<>(parameters);
		if (state != null) {
			builder.queryParam("state", "{state}");
			values.put("state", state);
		}
		return builder.encode().buildAndExpand(values).toUri();
	}

	private static ResponseEntity<Void> found(URI location) {
		return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location.toString()).build();
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(body);
	}

}
