package health.falcon.k8s.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code nginx/nginx.conf} run by the real Nginx on loopback: the repository's file with
 * only its {@code listen} ports moved to free loopback ports and {@code upstreams.conf}
 * pointing the seven live Services at fake services that answer their own name. Each port
 * reaches its service, {@code /internal} never passes a service port, and the hand-off
 * ports pass nothing else.
 */
class NginxTests {

	private static final Pattern LISTEN = Pattern.compile("listen (\\d+);");

	private static final Map<String, String> SERVICES = Map.of("falcon_gateway", "gateway", "falcon_backend_server",
			"backend-server", "falcon_backend_data", "backend-data", "falcon_fitness_service", "fitness-service",
			"falcon_diet_service", "diet-service", "falcon_fitbit_service", "fitbit-service", "falcon_dropbox_ingest",
			"dropbox-ingest");

	@TempDir
	Path directory;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final List<HttpServer> services = new ArrayList<>();

	/** The configuration's port → the loopback port it listens on in this test. */
	private final Map<Integer, Integer> ports = new LinkedHashMap<>();

	private Process nginx;

	@BeforeEach
	void startNginx() throws Exception {
		Path binary = binary();
		Path source = repositoryFile("nginx/nginx.conf");
		StringBuilder upstreams = new StringBuilder();
		for (Map.Entry<String, String> service : SERVICES.entrySet()) {
			HttpServer server = fakeService(service.getValue());
			upstreams.append("map \"\" $")
				.append(service.getKey())
				.append(" { default 127.0.0.1:")
				.append(server.getAddress().getPort())
				.append("; }\n");
		}
		Files.writeString(this.directory.resolve("upstreams.conf"), upstreams);
		Files.copy(source.resolveSibling("resolver.conf"), this.directory.resolve("resolver.conf"));
		Matcher listen = LISTEN.matcher(Files.readString(source));
		StringBuilder configuration = new StringBuilder();
		while (listen.find()) {
			int port = Haproxy.freePort();
			this.ports.put(Integer.valueOf(listen.group(1)), port);
			listen.appendReplacement(configuration, "listen 127.0.0.1:" + port + ";");
		}
		listen.appendTail(configuration);
		assertThat(this.ports).containsKeys(8080, 8081, 8082, 8083, 8084, 8085, 8086, 9084, 9085, 8090);
		Path conf = this.directory.resolve("nginx.conf");
		Files.writeString(conf, configuration);
		Path log = this.directory.resolve("nginx.log");
		this.nginx = new ProcessBuilder(binary.toString(), "-p", this.directory + "/", "-c", conf.toString(), "-g",
				"daemon off; master_process on;")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.untilAsserted(() -> {
				assertThat(this.nginx.isAlive()).as(() -> read(log)).isTrue();
				assertThat(get(8090, "/healthz").statusCode()).isEqualTo(200);
			});
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.destroy();
			if (!this.nginx.waitFor(5, TimeUnit.SECONDS)) {
				this.nginx.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		this.services.forEach((server) -> server.stop(0));
	}

	@Test
	void theRepositoryConfigurationPassesNginxTest() throws Exception {
		Path source = repositoryFile("nginx/nginx.conf");
		Process test = new ProcessBuilder(binary().toString(), "-t", "-p", this.directory + "/", "-c",
				source.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(test.waitFor(30, TimeUnit.SECONDS)).isTrue();
		String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(test.exitValue()).as(output).isZero();
		assertThat(output).contains("syntax is ok");
	}

	@Test
	void eachServicePortReachesItsServiceWithTheForwardedHeaders() throws Exception {
		Map<Integer, String> expected = Map.of(8080, "gateway", 8081, "backend-server", 8082, "backend-data", 8083,
				"fitness-service", 8084, "diet-service", 8085, "fitbit-service", 8086, "dropbox-ingest");
		for (Map.Entry<Integer, String> port : expected.entrySet()) {
			HttpResponse<String> response = get(port.getKey(), "/api/me?x=1");
			assertThat(response.statusCode()).as("port %d", port.getKey()).isEqualTo(200);
			assertThat(response.body()).startsWith(port.getValue() + " GET /api/me?x=1");
			assertThat(response.body()).contains("x-forwarded-for=127.0.0.1");
		}
	}

	@Test
	void aServicePortRefusesInternalPathsHoweverTheyAreSpelt() throws Exception {
		for (int port : List.of(8080, 8081, 8082, 8083, 8084, 8085, 8086)) {
			for (String path : List.of("/internal/fitbit/imports", "/%69nternal/x", "/./internal/x",
					"/api/../internal/x")) {
				HttpResponse<String> response = get(port, path);
				if (port == 8080) {
					// The edge forwards to the gateway, which routes no /internal path.
					assertThat(response.body()).startsWith("gateway ");
				}
				else {
					assertThat(response.statusCode()).as("port %d %s", port, path).isEqualTo(404);
					assertThat(response.body()).doesNotContain("GET ");
				}
			}
		}
	}

	@Test
	void theHandOffPortsPassOnlyInternalPathsToTheirService() throws Exception {
		assertThat(get(9084, "/internal/myfitnesspal/imports?record=r&user=u").body())
			.startsWith("diet-service GET /internal/myfitnesspal/imports?record=r&user=u");
		assertThat(get(9085, "/internal/fitbit/imports").body()).startsWith("fitbit-service GET /internal/");
		assertThat(get(9084, "/api/me").statusCode()).isEqualTo(404);
		assertThat(get(9085, "/actuator/health").statusCode()).isEqualTo(404);
	}

	@Test
	void aLargeUploadIsStreamedThroughUnchanged() throws Exception {
		byte[] body = new byte[8 * 1024 * 1024];
		for (int i = 0; i < body.length; i++) {
			body[i] = (byte) (i * 31);
		}
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.ports.get(8086) + "/api/uploads"))
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("bytes=" + body.length + " sum=" + checksum(body));
	}

	private HttpResponse<String> get(int configuredPort, String path) throws IOException, InterruptedException {
		return this.client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.ports.get(configuredPort) + path))
				.timeout(Duration.ofSeconds(5))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpServer fakeService(String name) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			byte[] received = exchange.getRequestBody().readAllBytes();
			String answer = name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
					+ " x-forwarded-for=" + exchange.getRequestHeaders().getFirst("X-Forwarded-For") + " bytes="
					+ received.length + " sum=" + checksum(received);
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
		this.services.add(server);
		return server;
	}

	private static long checksum(byte[] bytes) {
		long sum = 0;
		for (byte b : bytes) {
			sum = sum * 31 + b;
		}
		return sum;
	}

	private static Path binary() {
		Optional<Path> found = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
		if (found.isEmpty() && "true".equals(System.getenv("FALCON_REQUIRE_SYSTEM_TESTS"))) {
			fail("nginx is not installed and FALCON_REQUIRE_SYSTEM_TESTS=true");
		}
		assumeTrue(found.isPresent(), "nginx is not installed");
		return found.orElseThrow();
	}

	private static Path repositoryFile(String relative) {
		Path root = Path.of("").toAbsolutePath();
		while (root != null && !Files.isRegularFile(root.resolve(relative))) {
			root = root.getParent();
		}
		if (root == null) {
			throw new IllegalStateException("No " + relative + " above " + Path.of("").toAbsolutePath());
		}
		return root.resolve(relative);
	}

	private static String read(Path log) {
		try {
			return Files.exists(log) ? Files.readString(log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
