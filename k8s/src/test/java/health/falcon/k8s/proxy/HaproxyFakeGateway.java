package health.falcon.k8s.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A site's gateway as HAProxy sees it, on a loopback port: its readiness probe answers
 * the status the test sets, every other request answers the site's name, and both are
 * recorded.
 */
final class HaproxyFakeGateway implements AutoCloseable {

	static final String READINESS = "/actuator/health/readiness";

	private final String site;

	private final HttpServer server;

	private final AtomicInteger readiness = new AtomicInteger(200);

	private final List<Request> probes = new CopyOnWriteArrayList<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	HaproxyFakeGateway(String site) {
		this.site = site;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	void readiness(int status) {
		this.readiness.set(status);
	}

	List<Request> probes() {
		return this.probes;
	}

	List<Request> requests() {
		return this.requests;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getProtocol(), copy(exchange.getRequestHeaders()));
		boolean probe = request.path().equals(READINESS);
		(probe ? this.probes : this.requests).add(request);
		int status = probe ? this.readiness.get() : 200;
		byte[] body = (probe ? "{\"status\":\"" + (status == 200 ? "UP" : "OUT_OF_SERVICE") + "\"}" : this.site)
			.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static Map<String, String> copy(Headers headers) {
		return headers.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().toLowerCase(Locale.ROOT),
					(entry) -> String.join(",", entry.getValue())));
	}

	/**
	 * One request the gateway received.
	 *
	 * @param method the HTTP method
	 * @param path the request path
	 * @param protocol the HTTP version
	 * @param headers the headers, names in lower case, repeated values joined with commas
	 */
	record Request(String method, String path, String protocol, Map<String, String> headers) {

	}

}
