package health.falcon.devstack.sandbox.dropbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders the Dropbox authorize page as self-contained HTML (no scripts, no external
 * resources): the sandbox accounts as radio buttons (the first preselected), one "Allow"
 * button and a "Cancel" link; and the error page for a bad request.
 */
final class AuthorizePage {

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s - Dropbox (devstack sandbox)</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; }
			fieldset { margin: 0 0 1rem; } label { display: block; margin: .3rem 0; }
			button { padding: .6rem 1.2rem; } .note { color: #555; font-size: .9rem; }
			</style>
			</head>
			<body>
			<main>
			%s
			<p class="note">Devstack provider sandbox: an emulated Dropbox with seeded files. Development only.</p>
			</main>
			</body>
			</html>
			""";

	private static final String FORM = """
			<h1>%s would like access to the files and folders in your Dropbox app folder</h1>
			<p>It will be able to view the metadata and content of your files (files.metadata.read, files.content.read).</p>
			<form method="post" action="/dropbox/oauth2/authorize">
			%s<fieldset>
			<legend>Choose an account</legend>
			%s</fieldset>
			<button type="submit">Allow</button>
			<a href="%s">Cancel</a>
			</form>
			""";

	private AuthorizePage() {
	}

	static String form(String applicationName, Map<String, String> hidden, List<DropboxAccount> accounts,
			String cancelUrl) {
		String fields = hidden.entrySet()
			.stream()
			.map((field) -> "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n".formatted(escape(field.getKey()),
					escape(field.getValue())))
			.collect(Collectors.joining());
		StringBuilder radios = new StringBuilder();
		for (int i = 0; i < accounts.size(); i++) {
			DropboxAccount account = accounts.get(i);
			radios.append("<label><input type=\"radio\" name=\"account\" value=\"%s\"%s> %s (%s, %s)</label>\n"
				.formatted(escape(account.username()), (i == 0) ? " checked" : "", escape(account.displayName()),
						escape(account.username()), escape(account.email())));
		}
		return LAYOUT.formatted("API Request Authorization",
				FORM.formatted(escape(applicationName), fields, radios, escape(cancelUrl)));
	}

	static String code(String code) {
		return LAYOUT.formatted("Access code",
				"<h1>Enter this code into the app to finish linking</h1>\n<p><code id=\"code\">" + escape(code)
						+ "</code></p>");
	}

	static String error(String message) {
		return LAYOUT.formatted("Error",
				"<h1>Error (400)</h1>\n<p role=\"alert\">It seems the app you were using submitted a bad request. "
						+ escape(message) + "</p>");
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value);
	}

}
