package health.falcon.kit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(SampleController.class)
@Import(SampleService.class)
class ProblemResponsesTests {

	private static final String PROBLEMS = "https://falcon.health/problems/";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void rejectsAnInvalidBodyWithFieldErrors() {
		MvcTestResult result = this.mvc.post()
			.uri("/sample/greetings")
			.with(jwt())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": " ", "times": 0}
					""")
			.exchange();
		assertProblem(result, 400, "validation");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("name", "times");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must not be blank");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/sample/greetings");
	}

	@Test
	void rejectsAnInvalidRequestParameterWithFieldErrors() {
		MvcTestResult result = this.mvc.get().uri("/sample/items?limit=0").with(jwt()).exchange();
		assertProblem(result, 400, "validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("must be greater than or equal to 1");
	}

	@Test
	void rejectsAConstraintViolationFromAValidatedBeanWithFieldErrors() {
		MvcTestResult result = this.mvc.get().uri("/sample/echo").with(jwt()).exchange();
		assertProblem(result, 400, "validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("text");
	}

	@Test
	void rejectsUnreadableJsonAsMalformed() {
		MvcTestResult result = this.mvc.post()
			.uri("/sample/greetings")
			.with(jwt())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": ")
			.exchange();
		assertProblem(result, 400, "malformed-request");
	}

	@Test
	void rejectsAWronglyTypedParameterAsMalformed() {
		assertProblem(this.mvc.get().uri("/sample/items?limit=many").with(jwt()).exchange(), 400, "malformed-request");
	}

	@Test
	void answersAnUnknownPathWithNotFound() {
		MvcTestResult result = this.mvc.get().uri("/sample/nothing-here").with(jwt()).exchange();
		assertProblem(result, 404, "not-found");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/sample/nothing-here");
	}

	@Test
	void mapsAProblemExceptionToItsType() {
		MvcTestResult result = this.mvc.get().uri("/sample/widgets/missing").with(jwt()).exchange();
		assertProblem(result, 404, "widget-not-found");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Widget not found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No such widget.");
	}

	@Test
	void answersAWrongMethodWithMethodNotAllowed() {
		MvcTestResult result = this.mvc.delete().uri("/sample/greetings").with(jwt()).exchange();
		assertProblem(result, 405, "method-not-allowed");
		assertThat(result).containsHeader("Allow");
	}

	@Test
	void answersAnUnsupportedContentTypeWith415() {
		MvcTestResult result = this.mvc.post()
			.uri("/sample/greetings")
			.with(jwt())
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")
			.exchange();
		assertProblem(result, 415, "unsupported-media-type");
	}

	@Test
	void hidesTheCauseOfAnUnexpectedError() {
		MvcTestResult result = this.mvc.get().uri("/sample/boom").with(jwt()).exchange();
		assertProblem(result, 500, "internal");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("An unexpected error occurred.");
		assertThat(result).bodyText().doesNotContain("hunter2").doesNotContain("IllegalStateException");
		assertThat(result).bodyJson().doesNotHavePath("$.trace");
	}

	static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(PROBLEMS + slug);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
	}

}
