package health.falcon.devstack.sandbox.strava;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Strava's authorize page ({@code GET /oauth/authorize}): a plain HTML form listing the
 * requested scopes as checkboxes the user may untick, the athlete to connect as, and one
 * "Authorize" button. Posting the form redirects to the client's {@code redirect_uri}
 * with a single-use code and the scopes actually granted.
 */
@Controller
class AuthorizeController {

	private final StravaProperties properties;

	private final OAuthTokens tokens;

	private final AuthorizePage page;

	AuthorizeController(StravaProperties properties, OAuthTokens tokens) {
		this.properties = properties;
		this.tokens = tokens;
		this.page = new AuthorizePage(properties);
	}

	@GetMapping(path = { "/strava/oauth/authorize", "/strava/api/v3/oauth/authorize" },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> authorizePage(@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(name = "response_type", required = false) @Nullable String responseType,
			@RequestParam(name = "approval_prompt", required = false) @Nullable String approvalPrompt,
			@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String state) {
		String problem = problem(clientId, redirectUri, responseType, Scopes.parse(scope));
		if (problem != null) {
			return AuthorizePages.html(HttpStatus.BAD_REQUEST, this.page.error(problem));
		}
		Set<String> requested = Scopes.parse(scope).isEmpty() ? Set.of(Scopes.READ) : Scopes.parse(scope);
		String cancel = redirect(redirectUri, state, "error", "access_denied").toString();
		return AuthorizePages.html(HttpStatus.OK, this.page.form(new AuthorizePage.Request(String.valueOf(clientId),
				String.valueOf(redirectUri), requested, state, approvalPrompt, cancel)));
	}

	@PostMapping(path = { "/strava/oauth/authorize", "/strava/api/v3/oauth/authorize" },
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> approve(@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(name = "requested_scope", required = false) @Nullable String requestedScope,
			@RequestParam(name = "scope", required = false) @Nullable List<String> ticked,
			@RequestParam(name = "athlete_id", required = false) @Nullable Long athleteId,
			@RequestParam(required = false) @Nullable String state) {
		Set<String> requested = Scopes.parse(requestedScope);
		String problem = problem(clientId, redirectUri, "code", requested);
		if (problem == null && (athleteId == null || this.properties.findAthlete(athleteId).isEmpty())) {
			problem = "Choose one of the listed athletes.";
		}
		if (problem != null) {
			return AuthorizePages.html(HttpStatus.BAD_REQUEST, this.page.error(problem));
		}
		Set<String> granted = new LinkedHashSet<>(requested);
		granted.retainAll((ticked != null) ? Set.copyOf(ticked) : Set.of());
		String code = this.tokens.issueCode(athleteId, granted);
		URI location = redirect(redirectUri, state, "code", code, "scope", Scopes.format(granted));
		return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
	}

	private @Nullable String problem(@Nullable String clientId, @Nullable String redirectUri,
			@Nullable String responseType, Set<String> scopes) {
		if (!this.properties.clientId().equals(clientId)) {
			return "Invalid client_id: no application is registered with this id.";
		}
		if (!"code".equals(responseType)) {
			return "Invalid response_type: only \"code\" is supported.";
		}
		if (!OAuthRedirects.httpHostAllowed(redirectUri, this.properties.redirectHosts())) {
			return "Invalid redirect_uri: it must be an http(s) URL on " + this.properties.redirectHosts() + ".";
		}
		if (!Scopes.KNOWN.containsAll(scopes)) {
			return "Invalid scope: use a comma-separated subset of " + Scopes.KNOWN + ".";
		}
		return null;
	}

	private static URI redirect(@Nullable String redirectUri, @Nullable String state, String... parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(String.valueOf(redirectUri));
		if (state != null) {
			// the client's opaque value: encoded strictly
			builder.queryParam("state", UriUtils.encode(state, StandardCharsets.UTF_8));
		}
		for (int i = 0; i < parameters.length; i += 2) {
			// like Strava, keep "," and ":" readable: scope=read,activity:read_all
			builder.queryParam(parameters[i], UriUtils.encodeQueryParam(parameters[i + 1], StandardCharsets.UTF_8));
		}
		return builder.build(true).toUri();
	}

}
