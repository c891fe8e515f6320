package health.falcon.kit.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * Bodies without a declared length (chunked), as an attacker would send them to get past
 * a {@code Content-Length} check, against the real servlet container.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "falcon.web.max-body-size=1KB", "spring.servlet.multipart.max-file-size=8KB",
				"spring.servlet.multipart.max-request-size=8KB" })
@Import(TestTokenConfiguration.class)
class BodyLimitIntegrationTests {

	private static final String BOUNDARY = "falcon-boundary";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@MockitoBean
	private SampleService service;

	@Test
	void rejectsAChunkedJsonBodyOverTheLimit() throws Exception {
		HttpResponse<String> response = post("/sample/notes", "application/json",
				chunked(BodyLimitTests.noteOfSize(4096).getBytes(StandardCharsets.UTF_8)));
		assertPayloadTooLarge(response);
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAChunkedByteArrayBodyOverTheLimit() throws Exception {
		assertPayloadTooLarge(post("/sample/uploads/bytes", "application/octet-stream", chunked(new byte[4096])));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAChunkedBodyOverTheLimitReadFromTheRawStream() throws Exception {
		assertPayloadTooLarge(post("/sample/raw", "application/octet-stream", chunked(new byte[4096])));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAChunkedBodyOverTheLimitEvenWhenTheReaderSwallowsTheFailure() throws Exception {
		assertPayloadTooLarge(post("/sample/swallowed", "application/octet-stream", chunked(new byte[4096])));
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void acceptsAChunkedBodyAtTheLimit() throws Exception {
		given(this.service.echo(anyString())).willReturn("ok");
		HttpResponse<String> response = post("/sample/notes", "application/json",
				chunked(BodyLimitTests.noteOfSize(1024).getBytes(StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("ok");
	}

	@Test
	void rejectsADeclaredLengthOverTheLimitAndClosesTheConnection() throws Exception {
		HttpResponse<String> response = post("/sample/notes", "application/json",
				BodyPublishers.ofString(BodyLimitTests.noteOfSize(4096)));
		assertPayloadTooLarge(response);
		assertThat(response.headers().firstValue("Connection")).hasValue("close");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAChunkedMultipartUploadOverTheMultipartLimit() throws Exception {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\""
				+ "\r\nContent-Type: application/zip\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		byte[] body = concat(head.getBytes(StandardCharsets.US_ASCII), new byte[16 * 1024],
				tail.getBytes(StandardCharsets.US_ASCII));
		assertPayloadTooLarge(post("/sample/files", "multipart/form-data; boundary=" + BOUNDARY, chunked(body)));
		then(this.service).shouldHaveNoInteractions();
	}

	private HttpResponse<String> post(String path, String contentType, BodyPublisher body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer demo")
			.header("Content-Type", contentType)
			.POST(body)
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	private static BodyPublisher chunked(byte[] body) {
		// no length: the client sends Transfer-Encoding: chunked
		return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
	}

	private static void assertPayloadTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://falcon.health/problems/payload-too-large");
		assertThat(problem.path("status").asInt()).isEqualTo(413);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, offset, part.length);
			offset += part.length;
		}
		return all;
	}

}
