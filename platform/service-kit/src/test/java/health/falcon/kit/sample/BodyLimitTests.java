package health.falcon.kit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(controllers = BodySampleController.class,
		properties = { "falcon.web.max-body-size=1KB", "falcon.web.body-limits[/sample/uploads/**]=4KB" })
class BodyLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SampleService service;

	@Test
	void rejectsADeclaredLengthOverTheLimitBeforeTheControllerRuns() {
		MvcTestResult result = postNote(noteOfSize(1025));
		ProblemResponsesTests.assertProblem(result, 413, "payload-too-large");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Payload too large");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is larger than the limit of 1024 bytes.");
		assertThat(result).hasHeader(HttpHeaders.CONNECTION, "close");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAnOversizedBodyBeforeAuthentication() {
		MvcTestResult result = this.mvc.post()
			.uri("/sample/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.content(noteOfSize(4096))
			.exchange();
		ProblemResponsesTests.assertProblem(result, 413, "payload-too-large");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void acceptsABodyExactlyAtTheLimit() {
		given(this.service.echo(anyString())).willReturn("ok");
		assertThat(postNote(noteOfSize(1024))).hasStatusOk().hasBodyTextEqualTo("ok");
	}

	@Test
	void appliesAPathOverrideToItsPath() {
		given(this.service.echo(anyString())).willReturn("ok");
		assertThat(postBytes("/sample/uploads/bytes", 4096)).hasStatusOk();
		ProblemResponsesTests.assertProblem(postBytes("/sample/uploads/bytes", 4097), 413, "payload-too-large");
	}

	@Test
	void appliesAPathOverrideOnlyToItsPath() {
		ProblemResponsesTests.assertProblem(postBytes("/sample/raw", 2048), 413, "payload-too-large");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void leavesMultipartRequestsToTheMultipartLimits() {
		given(this.service.echo("file:2048")).willReturn("stored");
		MockMultipartFile file = new MockMultipartFile("file", "export.zip", "application/zip", new byte[2048]);
		assertThat(this.mvc.post().uri("/sample/files").with(jwt()).multipart().file(file).exchange()).hasStatusOk()
			.hasBodyTextEqualTo("stored");
	}

	private MvcTestResult postNote(String json) {
		return this.mvc.post()
			.uri("/sample/notes")
			.with(jwt())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult postBytes(String path, int size) {
		return this.mvc.post()
			.uri(path)
			.with(jwt())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(new byte[size])
			.exchange();
	}

	/**
	 * Return a JSON note of exactly {@code size} bytes.
	 */
	static String noteOfSize(int size) {
		String empty = "{\"text\":\"\"}";
		return "{\"text\":\"" + "a".repeat(size - empty.length()) + "\"}";
	}

}
