package health.falcon.devstack.sandbox.myfitnesspal;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in pages of the emulated web host: the login form, and the page after signing
 * in that shows the exact text to paste into Falcon Health ({@code mfp_session=...}).
 * Self-contained HTML without scripts.
 */
final class WebPages {

	static final String LOGIN_PATH = "/myfitnesspal/www/account/login";

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s | MyFitnessPal.com (devstack sandbox)</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; }
			label { display: block; margin: .5rem 0; } button { padding: .6rem 1.2rem; }
			code { display: block; padding: .8rem; background: #f2f2f2; word-break: break-all; }
			.error { color: #b00020; } .note { color: #555; font-size: .9rem; }
			</style>
			</head>
			<body>
			<main>
			%s
			<p class="note">Devstack provider sandbox: an emulated MyFitnessPal with seeded diaries. Accounts: demo/demo, alex/alex, private/private, locked/locked. Development only.</p>
			</main>
			</body>
			</html>
			""";

	private WebPages() {
	}

	static String login(@Nullable String error) {
		String alert = (error != null) ? "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n" : "";
		return LAYOUT.formatted("Log In", """
				<h1>Log in to MyFitnessPal</h1>
				%s<form method="post" action="%s">
				<label>Username <input type="text" name="username" autocomplete="username" required></label>
				<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
				<button type="submit">Log In</button>
				</form>
				""".formatted(alert, LOGIN_PATH));
	}

	static String signedIn(String username, String session) {
		return LAYOUT.formatted("Signed in", """
				<h1>Signed in as %s</h1>
				<p>Paste this into Falcon Health (Connections, MyFitnessPal, session cookie):</p>
				<code id="mfp-session">mfp_session=%s</code>
				<p><a href="/myfitnesspal/www/food/diary/%s">Your food diary</a></p>
				""".formatted(escape(username), escape(session), escape(username)));
	}

	static String escape(String value) {
		return HtmlUtils.htmlEscape(value);
	}

}
