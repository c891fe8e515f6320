package health.falcon.kit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(controllers = { SampleController.class, InternalSampleController.class },
		properties = "falcon.internal.clients=falcon-ingest,falcon-reports")
@Import(SampleService.class)
class SecurityTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void rejectsARequestWithoutTokenWithUnauthenticatedProblem() {
		MvcTestResult result = this.mvc.get().uri("/sample/me").exchange();
		ProblemResponsesTests.assertProblem(result, 401, "unauthenticated");
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void rejectsAnUnknownPathWithoutTokenAsUnauthenticated() {
		ProblemResponsesTests.assertProblem(this.mvc.get().uri("/nowhere").exchange(), 401, "unauthenticated");
	}

	@Test
	void forbidsAUserWithoutTheRequiredAuthority() {
		MvcTestResult result = this.mvc.get().uri("/sample/admin").with(jwt()).exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void allowsAUserWithTheRequiredAuthority() {
		assertThat(this.mvc.get()
			.uri("/sample/admin")
			.with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_admin")))
			.exchange()).hasStatusOk().hasBodyTextEqualTo("admin");
	}

	@Test
	void acceptsAServiceTokenOnAnInternalEndpoint() {
		assertThat(this.mvc.get()
			.uri("/internal/sample/ping")
			.with(jwt().jwt((token) -> token.subject("falcon-ingest"))
				.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal")))
			.exchange()).hasStatusOk().hasBodyTextEqualTo("pong");
	}

	@Test
	void acceptsEveryListedClientOnAnInternalEndpoint() {
		assertThat(this.mvc.get().uri("/internal/sample/ping").with(serviceToken("falcon-reports")).exchange())
			.hasStatusOk();
	}

	@Test
	void forbidsAServiceTokenOfAnUnlistedClientOnAnInternalEndpoint() {
		MvcTestResult result = this.mvc.get()
			.uri("/internal/sample/ping")
			.with(serviceToken("falcon-other"))
			.exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void forbidsAUserTokenCarryingTheInternalScopeOnAnInternalEndpoint() {
		MvcTestResult result = this.mvc.get().uri("/internal/sample/ping").with(serviceToken("demo")).exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void forbidsAListedClientWithoutTheInternalScopeOnAnInternalEndpoint() {
		MvcTestResult result = this.mvc.get()
			.uri("/internal/sample/ping")
			.with(jwt().jwt((token) -> token.subject("falcon-ingest")))
			.exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void forbidsAListedClientWithoutTheInternalScopeOnAUserEndpoint() {
		MvcTestResult result = this.mvc.get()
			.uri("/sample/me")
			.with(jwt().jwt((token) -> token.subject("falcon-ingest")))
			.exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void forbidsAUserTokenOnAnInternalEndpoint() {
		MvcTestResult result = this.mvc.get()
			.uri("/internal/sample/ping")
			.with(jwt().jwt((token) -> token.subject("demo")))
			.exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void rejectsAnInternalEndpointWithoutTokenAsUnauthenticated() {
		ProblemResponsesTests.assertProblem(this.mvc.get().uri("/internal/sample/ping").exchange(), 401,
				"unauthenticated");
	}

	@Test
	void forbidsAServiceTokenOnAUserEndpoint() {
		MvcTestResult result = this.mvc.get()
			.uri("/sample/me")
			.with(jwt().jwt((token) -> token.subject("falcon-ingest"))
				.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal")))
			.exchange();
		ProblemResponsesTests.assertProblem(result, 403, "forbidden");
	}

	@Test
	void resolvesTheCurrentUserFromTheTokenClaims() {
		MvcTestResult result = this.mvc.get()
			.uri("/sample/me")
			.with(jwt()
				.jwt((token) -> token.subject("demo").claim("name", "Demo User").claim("email", "demo@example.org")))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isEqualTo("""
				{"id": "demo", "name": "Demo User", "email": "demo@example.org"}
				""");
	}

	@Test
	void resolvesACurrentUserWithoutOptionalClaims() {
		MvcTestResult result = this.mvc.get()
			.uri("/sample/me")
			.with(jwt().jwt((token) -> token.subject("alex")))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo("alex");
		assertThat(result).bodyJson().extractingPath("$.name").isNull();
	}

	@Test
	void addsTheReleaseHeaderEvenToRejectedRequests() {
		assertThat(this.mvc.get().uri("/sample/me").exchange()).hasHeader("X-Falcon-Release", "dev/local");
	}

	static JwtRequestPostProcessor serviceToken(String subject) {
		return jwt().jwt((token) -> token.subject(subject))
			.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal"));
	}

}
