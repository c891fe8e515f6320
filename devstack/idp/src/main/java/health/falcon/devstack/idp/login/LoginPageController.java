package health.falcon.devstack.idp.login;

import java.util.stream.Collectors;

import health.falcon.devstack.idp.IdpProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the standard HTML login form (inputs {@code username}, {@code password} and the
 * CSRF token {@code _csrf}, posted to {@code /login}) with a note listing the devstack
 * demo accounts. Spring Security's form login processes the POST.
 */
@Controller
class LoginPageController {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Sign in - Falcon Health devstack</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 4rem auto; padding: 0 1rem; }
			label, input, button { display: block; width: 100%%; box-sizing: border-box; }
			input { margin: .25rem 0 1rem; padding: .5rem; }
			button { padding: .6rem; }
			.message { padding: .5rem; border: 1px solid; margin-bottom: 1rem; }
			.note { color: #555; font-size: .9rem; }
			</style>
			</head>
			<body>
			<main>
			<h1>Sign in to Falcon Health</h1>
			%s
			<form method="post" action="/login">
			<label for="username">Username</label>
			<input type="text" id="username" name="username" autocomplete="username" required autofocus>
			<label for="password">Password</label>
			<input type="password" id="password" name="password" autocomplete="current-password" required>
			<input type="hidden" name="%s" value="%s">
			<button type="submit">Sign in</button>
			</form>
			%s
			</main>
			</body>
			</html>
			""";

	private final String demoNote;

	LoginPageController(IdpProperties properties) {
		this.demoNote = demoNote(properties);
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String loginPage(CsrfToken csrfToken, @RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout) {
		return PAGE.formatted(message(error != null, logout != null),
				HtmlUtils.htmlEscape(csrfToken.getParameterName()), HtmlUtils.htmlEscape(csrfToken.getToken()),
				this.demoNote);
	}

	private static String demoNote(IdpProperties properties) {
		// only plain values are shown: encoded ones ({bcrypt}...) are not demo accounts
		String accounts = properties.users()
			.stream()
			.filter((user) -> !user.password().startsWith("{"))
			.map((user) -> user.username() + "/" + user.password())
			.collect(Collectors.joining(", "));
		return accounts.isEmpty() ? ""
				: "<p class=\"note\">Devstack demo accounts: " + HtmlUtils.htmlEscape(accounts) + "</p>";
	}

	private static String message(boolean error, boolean logout) {
		if (error) {
			return "<p class=\"message\" role=\"alert\">Invalid username or password.</p>";
		}
		if (logout) {
			return "<p class=\"message\" role=\"status\">You have been signed out.</p>";
		}
		return "";
	}

}
