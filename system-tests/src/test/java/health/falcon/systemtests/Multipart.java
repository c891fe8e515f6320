package health.falcon.systemtests;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code multipart/form-data} requests with typed parts, for the requests the SPA's
 * upload form never makes (a service's internal import, the profile preview's JSON part).
 */
final class Multipart {

	private Multipart() {
	}

	/**
	 * One part.
	 *
	 * @param name the form field name
	 * @param fileName the file name, or {@code null} for a plain field
	 * @param contentType the part's content type
	 */
	record Part(String name, @Nullable String fileName, String contentType, byte[] content) {

	}

	/**
	 * Build a request with the given parts.
	 * @param parts the parts in order
	 * @return a POST request builder with the body and its content type set
	 */
	static HttpRequest.Builder request(URI uri, List<Part> parts) {
		String boundary = "falcon-abuse-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			String disposition = "Content-Disposition: form-data; name=\"" + part.name() + "\""
					+ ((part.fileName() != null) ? "; filename=\"" + part.fileName() + "\"" : "");
			body.writeBytes(
					("--" + boundary + "\r\n" + disposition + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/**
	 * POST one file (field {@code file}) with extra headers, from no session at all.
	 */
	static HttpResponse<String> post(HttpClient client, URI uri, String fileName, byte[] content,
			Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = request(uri,
				List.of(new Part("file", fileName, "application/octet-stream", content)));
		headers.forEach(request::header);
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
