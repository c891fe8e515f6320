package health.falcon.devstack.sandbox.googlehealth;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders Google's consent screen as self-contained HTML (no scripts, no external
 * resources): the requested scopes as ticked checkboxes, one "Allow" button and a
 * "Cancel" link.
 */
final class ConsentPage {

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s - Google Health (devstack sandbox)</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem; }
			fieldset { margin: 0 0 1rem; } label { display: block; margin: .3rem 0; }
			button { padding: .6rem 1.2rem; } .note { color: #555; font-size: .9rem; }
			</style>
			</head>
			<body>
			<main>
			%s
			<p class="note">Devstack provider sandbox: an emulated Google account with synthetic Fitbit data. Development only.</p>
			</main>
			</body>
			</html>
			""";

	private static final String FORM = """
			<h1>%s wants access to your Google Account</h1>
			<p>Signed in as %s</p>
			<form method="post" action="/google-health/o/oauth2/v2/auth">
			%s<fieldset>
			<legend>Select what %s can access</legend>
			%s</fieldset>
			<button type="submit">Allow</button>
			<a href="%s">Cancel</a>
			</form>
			""";

	private ConsentPage() {
	}

	static String form(String applicationName, String user, Map<String, String> hidden, Set<String> scopes,
			String cancelUrl) {
		String app = escape(applicationName);
		String fields = hidden.entrySet()
			.stream()
			.map((field) -> "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n".formatted(escape(field.getKey()),
					escape(field.getValue())))
			.collect(Collectors.joining());
		String boxes = scopes.stream()
			.map((scope) -> "<label><input type=\"checkbox\" name=\"scope\" value=\"%s\" checked> %s</label>\n"
				.formatted(escape(scope), escape(scope)))
			.collect(Collectors.joining());
		return LAYOUT.formatted("Sign in", FORM.formatted(app, escape(user), fields, app, boxes, escape(cancelUrl)));
	}

	static String error(String error, String message) {
		return LAYOUT.formatted("Error", "<h1>Access blocked: authorization error</h1>\n<p role=\"alert\">Error 400: "
				+ escape(error) + "</p>\n<p>" + escape(message) + "</p>");
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value);
	}

}
