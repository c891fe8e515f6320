package health.falcon.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, request target included, the way an attacker's tool
 * does; HTTP clients would normalise or reject the paths these tests need.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Send one request over a fresh connection.
	 * @param port the gateway's port on localhost
	 * @param target the request target, sent unchanged
	 * @param cookie a {@code Cookie} header value, or {@code null}
	 * @return the response's status and headers
	 */
	static Response send(int port, String method, String target, String cookie) {
		StringBuilder request = new StringBuilder().append(method)
			.append(' ')
			.append(target)
			.append(" HTTP/1.1\r\nHost: localhost:")
			.append(port)
			.append("\r\nAccept: text/html,application/json\r\nConnection: close\r\n");
		if (cookie != null) {
			request.append("Cookie: ").append(cookie).append("\r\n");
		}
		request.append("Content-Length: 0\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request " + target + " failed", ex);
		}
	}

	private static Response parse(InputStream in) throws IOException {
		String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String[] header = lines[i].split(":", 2);
			headers.put(header[0].trim().toLowerCase(Locale.ROOT), (header.length > 1) ? header[1].trim() : "");
		}
		return new Response(status, headers);
	}

	/**
	 * A response's status and headers (names in lower case).
	 */
	record Response(int status, Map<String, String> headers) {

	}

}
