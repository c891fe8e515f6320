package health.falcon.devstack.sandbox.oauth;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizePagesTests {

	private static final String EVIL = "<script>alert(\"x\")</script> & 'y'";

	private final AuthorizePages pages = new AuthorizePages("Provider", "31rem", "an emulated provider");

	@Test
	void rendersASelfContainedPageWithTheProvidersTitleWidthAndNote() {
		String html = this.pages.page("Hello", "<p id=\"body\">body</p>");
		Document page = Jsoup.parse(html);
		assertThat(page.title()).isEqualTo("Hello - Provider (devstack sandbox)");
		assertThat(page.select("style").html()).contains("max-width: 31rem;");
		assertThat(page.select("#body").text()).isEqualTo("body");
		assertThat(page.select("p.note").text())
			.isEqualTo("Devstack provider sandbox: an emulated provider. Development only.");
		assertThat(page.select("script, link, img")).isEmpty();
	}

	@Test
	void rendersTheFormWithHiddenFieldsFieldsetsOneButtonAndCancel() {
		Document page = Jsoup.parse(this.pages.form(form("App", "https://client.example/cb?error=access_denied&s=1")));
		assertThat(page.title()).isEqualTo("Authorize App - Provider (devstack sandbox)");
		assertThat(page.select("h1").text()).isEqualTo("Authorize App");
		assertThat(page.select("main > p").first().text()).isEqualTo("App would like to connect.");
		Element form = page.selectFirst("form[method=post]");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/provider/authorize");
		assertThat(form.select("input[type=hidden]")).extracting((input) -> input.attr("name"))
			.containsExactly("client_id", "state");
		assertThat(form.select("input[type=checkbox][name=scope][checked]").eachAttr("value")).containsExactly("read",
				"write");
		assertThat(form.select("input[type=radio][name=account]").eachAttr("value")).containsExactly("1", "2");
		assertThat(form.select("input[type=radio][checked]").eachAttr("value")).containsExactly("1");
		assertThat(form.select("label").eachText()).contains("read", "Dana (1)", "Alex (2)");
		assertThat(form.select("legend").eachText()).containsExactly("Permissions", "Connect as");
		assertThat(form.select("button[type=submit]")).singleElement().extracting(Element::text).isEqualTo("Authorize");
		assertThat(form.select("a").attr("href")).isEqualTo("https://client.example/cb?error=access_denied&s=1");
	}

	@Test
	void escapesEveryValueOfTheForm() {
		String html = this.pages.form(AuthorizeForm.post("/a?b=" + EVIL)
			.title(EVIL)
			.heading(EVIL)
			.intro(EVIL)
			.hidden(EVIL, EVIL)
			.checkboxes(EVIL, EVIL, List.of(EVIL))
			.radios(EVIL, "r", List.of(EVIL), (item) -> item, (item) -> item)
			.submit(EVIL)
			.cancel("javascript:\"" + EVIL)
			.build());
		assertThat(html).doesNotContain("<script>", "\"x\"", "'y'", " & ");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("h1").text()).isEqualTo(EVIL);
		assertThat(page.title()).startsWith(EVIL);
		assertThat(page.select("input[type=hidden]").attr("name")).isEqualTo(EVIL);
		assertThat(page.select("input[type=hidden]").attr("value")).isEqualTo(EVIL);
		assertThat(page.select("input[type=checkbox]").attr("value")).isEqualTo(EVIL);
		assertThat(page.select("label").eachText()).containsOnly(EVIL);
		assertThat(page.select("legend").eachText()).containsOnly(EVIL);
		assertThat(page.select("button").text()).isEqualTo(EVIL);
		assertThat(page.select("form").attr("action")).isEqualTo("/a?b=" + EVIL);
		assertThat(page.select("a").attr("href")).isEqualTo("javascript:\"" + EVIL);
	}

	@Test
	void alertEscapesTheHeadingTheAlertAndTheParagraphs() {
		Document page = Jsoup
			.parse(this.pages.alert("Error", "Blocked <b>", "Error 400: " + EVIL, "first & more", "second"));
		assertThat(page.select("script, b")).isEmpty();
		assertThat(page.select("h1").text()).isEqualTo("Blocked <b>");
		assertThat(page.select("p[role=alert]").text()).isEqualTo("Error 400: " + EVIL);
		assertThat(page.select("main > p:not([role]):not(.note)").eachText()).containsExactly("first & more", "second");
	}

	@Test
	void alertWithoutParagraphsHasTheAlertOnly() {
		String html = this.pages.alert("Bad Request", "Bad Request", "Invalid client_id.");
		assertThat(html).contains("<h1>Bad Request</h1>\n<p role=\"alert\">Invalid client_id.</p>\n<p class=\"note\">");
	}

	@Test
	void escapeCoversMarkupQuotesAndAmpersands() {
		assertThat(AuthorizePages.escape("<a href=\"x\">'&'</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
	}

	@Test
	void htmlAnswersWithTheStatusAndTextHtml() {
		ResponseEntity<String> response = AuthorizePages.html(HttpStatus.BAD_REQUEST, "<p>x</p>");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.TEXT_HTML);
		assertThat(response.getBody()).isEqualTo("<p>x</p>");
	}

	private static AuthorizeForm form(String app, String cancelUrl) {
		return AuthorizeForm.post("/provider/authorize")
			.title("Authorize " + app)
			.heading("Authorize " + app)
			.intro(app + " would like to connect.")
			.hidden("client_id", "42")
			.hiddenIfPresent("redirect_uri", null)
			.hiddenIfPresent("state", "st")
			.checkboxes("Permissions", "scope", List.of("read", "write"))
			.radios("Connect as", "account", List.of("Dana", "Alex"),
					(name) -> String.valueOf(name.equals("Dana") ? 1 : 2),
					(name) -> name + " (" + (name.equals("Dana") ? 1 : 2) + ")")
			.submit("Authorize")
			.cancel(cancelUrl)
			.build();
	}

}
