package health.falcon.devstack.sandbox.strava;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders the authorize page and its error page as self-contained HTML: no scripts and no
 * external resources, so a headless browser or a plain HTTP client can drive it.
 */
final class AuthorizePage {

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s - Strava (devstack sandbox)</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: 30rem; margin: 3rem auto; padding: 0 1rem; }
			fieldset { margin: 0 0 1rem; } label { display: block; margin: .3rem 0; }
			button { padding: .6rem 1.2rem; } .note { color: #555; font-size: .9rem; }
			</style>
			</head>
			<body>
			<main>
			%s
			<p class="note">Devstack provider sandbox: an emulated Strava with synthetic data. Development only.</p>
			</main>
			</body>
			</html>
			""";

	private static final String FORM = """
			<h1>Authorize %s</h1>
			<p>%s would like to connect to your Strava account.</p>
			<form method="post" action="/strava/oauth/authorize">
			<input type="hidden" name="client_id" value="%s">
			<input type="hidden" name="redirect_uri" value="%s">
			<input type="hidden" name="response_type" value="code">
			<input type="hidden" name="approval_prompt" value="%s">
			<input type="hidden" name="requested_scope" value="%s">
			%s<fieldset>
			<legend>Permissions</legend>
			%s</fieldset>
			<fieldset>
			<legend>Connect as</legend>
			%s</fieldset>
			<button type="submit">Authorize</button>
			<a href="%s">Cancel</a>
			</form>
			""";

	private final StravaProperties properties;

	AuthorizePage(StravaProperties properties) {
		this.properties = properties;
	}

	String form(Request request) {
		String app = escape(this.properties.applicationName());
		String state = (request.state() != null)
				? "<input type=\"hidden\" name=\"state\" value=\"" + escape(request.state()) + "\">\n" : "";
		String body = FORM.formatted(app, app, escape(request.clientId()), escape(request.redirectUri()),
				escape((request.approvalPrompt() != null) ? request.approvalPrompt() : "auto"),
				escape(Scopes.format(request.scopes())), state, scopeBoxes(request.scopes()), athleteRadios(),
				escape(request.cancelUrl()));
		return LAYOUT.formatted("Authorize " + app, body);
	}

	String error(String message) {
		return LAYOUT.formatted("Bad Request", "<h1>Bad Request</h1>\n<p role=\"alert\">" + escape(message) + "</p>");
	}

	private static String scopeBoxes(Set<String> scopes) {
		return scopes.stream()
			.map((scope) -> "<label><input type=\"checkbox\" name=\"scope\" value=\"%s\" checked> %s</label>\n"
				.formatted(escape(scope), escape(scope)))
			.collect(Collectors.joining());
	}

	private String athleteRadios() {
		StringBuilder html = new StringBuilder();
		for (int i = 0; i < this.properties.athletes().size(); i++) {
			StravaProperties.Athlete athlete = this.properties.athletes().get(i);
			html.append("<label><input type=\"radio\" name=\"athlete_id\" value=\"%d\"%s> %s (athlete %d)</label>\n"
				.formatted(athlete.id(), (i == 0) ? " checked" : "", escape(athlete.displayName()), athlete.id()));
		}
		return html.toString();
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value);
	}

	/**
	 * A validated authorization request.
	 *
	 * @param clientId the client id
	 * @param redirectUri where the answer goes
	 * @param scopes the scopes requested
	 * @param state the client's state, or {@code null}
	 * @param approvalPrompt {@code auto} or {@code force}, or {@code null}
	 * @param cancelUrl the redirect that denies access
	 */
	record Request(String clientId, String redirectUri, Set<String> scopes, @Nullable String state,
			@Nullable String approvalPrompt, String cancelUrl) {

	}

}
