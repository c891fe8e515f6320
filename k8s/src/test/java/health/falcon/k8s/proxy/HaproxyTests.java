package health.falcon.k8s.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code haproxy/haproxy.cfg} run by the real HAProxy on loopback ports in front of two
 * fake gateways, IU and TACC: traffic goes to IU while its readiness probe answers 200,
 * moves to TACC within a few check intervals when it answers 503, and comes back.
 */
class HaproxyTests {

	private static final Duration FAILOVER = Duration.ofSeconds(15);

	@TempDir
	Path directory;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private HaproxyFakeGateway iu;

	private HaproxyFakeGateway tacc;

	private Haproxy haproxy;

	private int port;

	private int statsPort;

	@BeforeAll
	static void haproxyIsInstalled() {
		Haproxy.binary();
	}

	@BeforeEach
	void sites() {
		this.iu = new HaproxyFakeGateway("iu");
		this.tacc = new HaproxyFakeGateway("tacc");
		this.port = Haproxy.freePort();
		this.statsPort = Haproxy.freePort();
	}

	@AfterEach
	void stop() {
		if (this.haproxy != null) {
			this.haproxy.close();
		}
		this.iu.close();
		this.tacc.close();
	}

	@Test
	void configurationIsValid() {
		Haproxy.Check check = Haproxy.check(environment());
		assertThat(check.exitCode()).as(check.output()).isZero();
		assertThat(check.output()).contains("Configuration file is valid");
	}

	@Test
	void sendsEveryRequestToIuWhileItIsReady() {
		start();
		for (int i = 0; i < 20; i++) {
			assertThat(get("/api/me").body()).isEqualTo("iu");
		}
		assertThat(this.tacc.requests()).isEmpty();
	}

	@Test
	void movesTrafficToTaccWhenIuIsNotReadyAndBackWhenItIs() {
		start();
		this.iu.readiness(503);
		await().atMost(FAILOVER).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			HttpResponse<String> response = get("/api/me");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("tacc");
		});
		for (int i = 0; i < 10; i++) {
			assertThat(get("/api/me").body()).isEqualTo("tacc");
		}
		this.iu.readiness(200);
		await().atMost(FAILOVER.multipliedBy(2))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(get("/api/me").body()).isEqualTo("iu"));
	}

	@Test
	void movesTrafficToTaccWhenIuIsGone() {
		start();
		this.iu.close();
		await().atMost(FAILOVER)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(get("/api/me").body()).isEqualTo("tacc"));
	}

	@Test
	void checksTheGatewaysPublicReadinessProbeWithGetOverHttp11() {
		start();
		await().atMost(FAILOVER).until(() -> !this.iu.probes().isEmpty() && !this.tacc.probes().isEmpty());
		HaproxyFakeGateway.Request probe = this.iu.probes().get(0);
		assertThat(probe.method()).isEqualTo("GET");
		assertThat(probe.path()).isEqualTo("/actuator/health/readiness");
		assertThat(probe.protocol()).isEqualTo("HTTP/1.1");
		assertThat(probe.headers()).containsEntry("host", "falcon.health");
	}

	@Test
	void setsTheForwardedHeadersFromWhatItSawAndDropsTheClientsOwn() {
		start();
		HttpRequest request = HttpRequest.newBuilder(uri("/api/me"))
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "evil.example")
			.header("Forwarded", "for=203.0.113.9")
			.timeout(Duration.ofSeconds(5))
			.build();
		assertThat(send(request).statusCode()).isEqualTo(200);
		Map<String, String> headers = this.iu.requests().get(0).headers();
		assertThat(headers).containsEntry("x-forwarded-for", "127.0.0.1")
			.containsEntry("x-forwarded-proto", "http")
			.containsEntry("x-forwarded-host", "127.0.0.1:" + this.port)
			.containsEntry("x-forwarded-port", String.valueOf(this.port))
			.doesNotContainKey("forwarded");
	}

	@Test
	void reportsServerStatesOnTheStatsSocketAndAsPrometheusMetrics() throws IOException {
		start();
		this.iu.readiness(503);
		await().atMost(FAILOVER)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(statsSocket("show stat")).containsPattern("(?m)^gateway,iu,.*,DOWN,"));
		assertThat(statsSocket("show stat")).containsPattern("(?m)^gateway,tacc,.*,UP,");
		HttpResponse<String> metrics = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.statsPort + "/metrics"))
					.timeout(Duration.ofSeconds(5))
					.build());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("haproxy_server_status{proxy=\"gateway\",server=\"iu\",state=\"DOWN\"} 1");
	}

	@Test
	void terminatesTlsWhenGivenACertificateAndRedirectsPlainHttp() throws Exception {
		Path certificate = selfSignedCertificate();
		int httpsPort = Haproxy.freePort();
		Map<String, String> environment = environment();
		environment.put("FALCON_TLS_CERT", certificate.toString());
		environment.put("FALCON_HTTPS_BIND", "127.0.0.1:" + httpsPort);
		Haproxy.Check check = Haproxy.check(environment);
		assertThat(check.exitCode()).as(check.output()).isZero();
		start(environment);
		HttpResponse<String> response = get("/settings");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("location")).hasValue("https://127.0.0.1:" + this.port + "/settings");
		assertThat(this.iu.requests()).isEmpty();
	}

	private Map<String, String> environment() {
		Map<String, String> environment = new HashMap<>();
		environment.put("FALCON_IU_GATEWAY", this.iu.address());
		environment.put("FALCON_TACC_GATEWAY", this.tacc.address());
		environment.put("FALCON_HTTP_BIND", "127.0.0.1:" + this.port);
		environment.put("FALCON_STATS_BIND", "127.0.0.1:" + this.statsPort);
		environment.put("FALCON_STATS_SOCKET", this.directory.resolve("admin.sock").toString());
		// Logs go to a loopback UDP port nobody listens on, not to the machine's syslog.
		environment.put("FALCON_LOG_TARGET", "127.0.0.1:" + Haproxy.freePort());
		return environment;
	}

	private void start() {
		start(environment());
	}

	private void start(Map<String, String> environment) {
		this.haproxy = Haproxy.start(environment, this.directory);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			assertThat(this.haproxy.isAlive()).as(this.haproxy.log()).isTrue();
			return Files.exists(this.directory.resolve("admin.sock")) && answers();
		});
	}

	private boolean answers() {
		try {
			this.client.send(HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(1)).build(),
					HttpResponse.BodyHandlers.discarding());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String statsSocket(String command) throws IOException {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(this.directory.resolve("admin.sock")));
			channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
			return new String(readAll(channel), StandardCharsets.UTF_8);
		}
	}

	private static byte[] readAll(SocketChannel channel) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer buffer = ByteBuffer.allocate(8192);
		while (channel.read(buffer) >= 0) {
			buffer.flip();
			out.write(buffer.array(), 0, buffer.limit());
			buffer.clear();
		}
		return out.toByteArray();
	}

	private Path selfSignedCertificate() throws IOException, InterruptedException {
		Path openssl = Path.of("/usr/bin/openssl");
		assumeTrue(Files.isExecutable(openssl), "openssl is not installed");
		Path key = this.directory.resolve("key.pem");
		Path certificate = this.directory.resolve("certificate.pem");
		Process process = new ProcessBuilder(
				List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
						"-out", certificate.toString(), "-days", "1", "-subj", "/CN=127.0.0.1"))
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("openssl.log").toFile())
			.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		Path pem = this.directory.resolve("falcon.pem");
		Files.writeString(pem, Files.readString(certificate) + Files.readString(key));
		return pem;
	}

}
