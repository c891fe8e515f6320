package health.falcon.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A browser without a browser: a cookie jar and an HTTP client that follows redirects by
 * hand, recording every hop, so that tests can sign in through the gateway and the real
 * provider exactly as a browser would and assert on the way.
 */
final class BrowserlessSession {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		// a browser speaks HTTP/1.1 to these plain-http servers, never the h2c upgrade
		// the
		// JDK client tries by default
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final List<URI> hops = new ArrayList<>();

	/** Every URI requested so far, redirects included. */
	List<URI> hops() {
		return this.hops;
	}

	/**
	 * GET a page and follow redirects.
	 * @param uri the absolute URI
	 * @return the final response
	 */
	HttpResponse<String> navigate(URI uri) throws IOException, InterruptedException {
		return follow(send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build()));
	}

	/**
	 * Sign in through the gateway's {@code /login} with the provider's HTML form.
	 * @param gateway the gateway's base URI
	 * @param loginPath the path to start from, for example
	 * {@code /login?returnTo=/settings}
	 * @return the final response after returning to the gateway
	 */
	HttpResponse<String> signIn(URI gateway, String loginPath, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> loginPage = navigate(gateway.resolve(loginPath));
		return submitForm(loginPage, "form:has(input[name=username])",
				Map.of("username", username, "password", password));
	}

	/**
	 * Submit a form of the page as a browser would (checked boxes, selected radios,
	 * hidden fields), with some fields overridden, and follow the redirects.
	 * @param page the page holding the form
	 * @param formSelector a CSS selector for the form
	 * @param overrides field values to set
	 * @return the final response
	 */
	HttpResponse<String> submitForm(HttpResponse<String> page, String formSelector, Map<String, String> overrides)
			throws IOException, InterruptedException {
		Document document = Jsoup.parse(page.body(), page.uri().toString());
		Element element = document.selectFirst(formSelector);
		if (!(element instanceof FormElement form)) {
			throw new IllegalStateException("No form " + formSelector + " at " + page.uri() + ": " + page.body());
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		form.formData()
			.stream()
			.filter((field) -> !overrides.containsKey(field.key()))
			.forEach((field) -> fields.add(Map.entry(field.key(), field.value())));
		fields.addAll(overrides.entrySet());
		URI action = URI.create(form.absUrl("action").isEmpty() ? page.uri().toString() : form.absUrl("action"));
		return follow(send(HttpRequest.newBuilder(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(formEncode(fields)))
			.build()));
	}

	HttpResponse<String> postJson(URI uri) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody());
		String token = cookie("XSRF-TOKEN");
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	/**
	 * DELETE as the SPA does, with the CSRF header.
	 */
	HttpResponse<String> delete(URI uri) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json").DELETE();
		String token = cookie("XSRF-TOKEN");
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	/**
	 * POST a JSON body as the SPA does, with the CSRF header.
	 */
	HttpResponse<String> postJson(URI uri, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		String token = cookie("XSRF-TOKEN");
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	/**
	 * POST a file as {@code multipart/form-data} (field {@code file}) plus text fields,
	 * with the CSRF header, as the SPA's upload does.
	 */
	HttpResponse<String> postMultipart(URI uri, String fileName, byte[] content, Map<String, String> fields)
			throws IOException, InterruptedException {
		String boundary = "falcon-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/zip\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		String token = cookie("XSRF-TOKEN");
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	/**
	 * Send any request from this session's cookie jar, with or without the CSRF header,
	 * following no redirect: for requests that the SPA never makes.
	 * @param request the request without the CSRF header
	 * @param withCsrf whether to add the X-XSRF-TOKEN header as the SPA does
	 */
	HttpResponse<String> exchange(HttpRequest.Builder request, boolean withCsrf)
			throws IOException, InterruptedException {
		String token = cookie("XSRF-TOKEN");
		if (withCsrf && token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	HttpResponse<String> getJson(URI uri) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build());
	}

	/**
	 * PUT JSON as the SPA does: with the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN
	 * header.
	 */
	HttpResponse<String> putJson(URI uri, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		String token = cookie("XSRF-TOKEN");
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request.build());
	}

	/** PUT JSON without the CSRF header, as a cross-site attacker would. */
	HttpResponse<String> putJsonWithoutCsrf(URI uri, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Submit the SPA's logout form (POST /logout with the _csrf field) and follow
	 * redirects.
	 */
	HttpResponse<String> logout(URI gateway) throws IOException, InterruptedException {
		String token = cookie("XSRF-TOKEN");
		return follow(send(HttpRequest.newBuilder(gateway.resolve("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(formEncode(Map.of("_csrf", (token != null) ? token : ""))))
			.build()));
	}

	String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		this.hops.add(request.uri());
		// an answer that never comes fails the test, naming the hops, instead of holding
		// the build until CI's limit
		HttpRequest bounded = HttpRequest.newBuilder(request, (name, value) -> true).timeout(REQUEST_TIMEOUT).build();
		try {
			return this.client.send(bounded, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			throw new HttpTimeoutException("no answer within " + REQUEST_TIMEOUT + " from " + request.method() + " "
					+ request.uri() + " (hops so far: " + this.hops + ")");
		}
	}

	private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		HttpResponse<String> current = response;
		for (int i = 0; i < 20 && current.statusCode() / 100 == 3; i++) {
			String location = current.headers().firstValue("Location").orElseThrow();
			URI next = current.uri().resolve(location);
			current = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build());
		}
		return current;
	}

	private static String formEncode(Map<String, String> fields) {
		return formEncode(new ArrayList<>(fields.entrySet()));
	}

	private static String formEncode(List<Map.Entry<String, String>> fields) {
		return fields.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
