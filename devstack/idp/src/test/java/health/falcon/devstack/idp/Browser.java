package health.falcon.devstack.idp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minimal browser for tests: keeps cookies, never follows redirects (so each hop can be
 * asserted) and fills in the login form the way a user would.
 */
final class Browser {

	private final URI baseUri;

	private final HttpClient client;

	Browser(URI baseUri) {
		this.baseUri = baseUri;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", "text/html").GET());
	}

	HttpResponse<String> get(String pathOrUrl, String headerName, String headerValue) {
		return send(HttpRequest.newBuilder(resolve(pathOrUrl)).header(headerName, headerValue).GET());
	}

	HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form) {
		return postForm(pathOrUrl, form, null);
	}

	HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	/**
	 * Opens the login page, checks that it is a standard form and submits it.
	 */
	HttpResponse<String> logIn(String username, String password) {
		HttpResponse<String> page = get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		Element form = html.selectFirst("form[method=post][action=/login]");
		assertThat(form).isNotNull();
		assertThat(form.select("input[name=username]")).hasSize(1);
		assertThat(form.select("input[name=password][type=password]")).hasSize(1);
		Element csrf = form.selectFirst("input[type=hidden][name=_csrf]");
		assertThat(csrf).isNotNull();
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf.attr("value")));
	}

	static String location(HttpResponse<?> response) {
		assertThat(response.statusCode()).as("redirect status").isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private URI resolve(String pathOrUrl) {
		return this.baseUri.resolve(pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
