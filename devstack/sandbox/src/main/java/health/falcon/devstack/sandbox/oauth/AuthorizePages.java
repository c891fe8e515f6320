package health.falcon.devstack.sandbox.oauth;

import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders one provider's authorize, error and message pages as self-contained HTML (no
 * scripts and no external resources), so a headless browser or a plain HTTP client can
 * drive them. Every value is HTML-escaped; only the provider's own page bodies passed to
 * {@link #page(String, String)} are taken as markup.
 */
public final class AuthorizePages {

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s - %s (devstack sandbox)</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: %s; margin: 3rem auto; padding: 0 1rem; }
			fieldset { margin: 0 0 1rem; } label { display: block; margin: .3rem 0; }
			button { padding: .6rem 1.2rem; } .note { color: #555; font-size: .9rem; }
			</style>
			</head>
			<body>
			<main>
			%s
			<p class="note">Devstack provider sandbox: %s. Development only.</p>
			</main>
			</body>
			</html>
			""";

	private static final String FORM = """
			<h1>%s</h1>
			<p>%s</p>
			<form method="post" action="%s">
			%s%s<button type="submit">%s</button>
			<a href="%s">Cancel</a>
			</form>
			""";

	private final String provider;

	private final String maxWidth;

	private final String note;

	/**
	 * Creates the renderer of one provider's pages.
	 * @param provider the provider's name, in every page title
	 * @param maxWidth the CSS width of the page body, such as {@code 30rem}
	 * @param note what the sandbox emulates, in the footnote of every page
	 */
	public AuthorizePages(String provider, String maxWidth, String note) {
		this.provider = escape(provider);
		this.maxWidth = escape(maxWidth);
		this.note = escape(note);
	}

	/**
	 * Renders an authorize form.
	 * @return the page
	 */
	public String form(AuthorizeForm form) {
		String hidden = form.hiddenFields()
			.entrySet()
			.stream()
			.map((field) -> "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n".formatted(escape(field.getKey()),
					escape(field.getValue())))
			.collect(Collectors.joining());
		String fieldsets = form.fieldsets().stream().map(AuthorizePages::fieldset).collect(Collectors.joining());
		return page(form.title(), FORM.formatted(escape(form.heading()), escape(form.intro()), escape(form.action()),
				hidden, fieldsets, escape(form.submitLabel()), escape(form.cancelUrl())));
	}

	/**
	 * Renders a page that reports an error: a heading, the alert and any further
	 * paragraphs.
	 * @param title the page title
	 * @param alert the text announced as an alert
	 * @param paragraphs further paragraphs, in order
	 * @return the page
	 */
	public String alert(String title, String heading, String alert, String... paragraphs) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(escape(heading)).append("</h1>\n<p role=\"alert\">").append(escape(alert));
		body.append("</p>");
		for (String paragraph : paragraphs) {
			body.append("\n<p>").append(escape(paragraph)).append("</p>");
		}
		return page(title, body.toString());
	}

	/**
	 * Renders a page around a body the provider wrote itself.
	 * @param title the page title, escaped here
	 * @param bodyHtml the body, as markup: escape every value in it with
	 * {@link #escape(String)}
	 */
	public String page(String title, String bodyHtml) {
		return LAYOUT.formatted(escape(title), this.provider, this.maxWidth, bodyHtml, this.note);
	}

	/**
	 * Escapes text for HTML content and attribute values.
	 * @param value the text
	 * @return the escaped text
	 */
	public static String escape(String value) {
		return HtmlUtils.htmlEscape(value);
	}

	/**
	 * Answers with a page.
	 * @return the response, {@code text/html}
	 */
	public static ResponseEntity<String> html(HttpStatus status, String page) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(page);
	}

	private static String fieldset(AuthorizeForm.Fieldset fieldset) {
		StringBuilder html = new StringBuilder("<fieldset>\n<legend>").append(escape(fieldset.legend()))
			.append("</legend>\n");
		for (AuthorizeForm.Choice choice : fieldset.choices()) {
			html.append("<label><input type=\"%s\" name=\"%s\" value=\"%s\"%s> %s</label>\n".formatted(
					escape(fieldset.type()), escape(fieldset.name()), escape(choice.value()),
					choice.checked() ? " checked" : "", escape(choice.label())));
		}
		return html.append("</fieldset>\n").toString();
	}

}
