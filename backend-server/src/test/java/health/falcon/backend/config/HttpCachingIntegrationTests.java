package health.falcon.backend.config;

import java.nio.charset.StandardCharsets;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP caching of the read endpoints ({@link ReadCachingFilter}) with backend-data in
 * WireMock: a strong {@code ETag} and {@code Cache-Control: private, no-cache} on a 2xx
 * with the body unchanged, 304 on a matching {@code If-None-Match}, another user's tag
 * never answered with a 304 or their body, problems neither tagged nor cacheable, and the
 * other endpoints left alone.
 */
class HttpCachingIntegrationTests extends BackendDataIntegrationSupport {

	/**
	 * A catalog as backend-server writes it (compact), so that the body can be compared
	 * byte for byte.
	 */
	private static final String DEMO = "{\"metrics\":[{\"metric\":\"steps\",\"unit\":\"count\",\"hasData\":true}]}";

	private static final String ALEX = "{\"metrics\":[{\"metric\":\"steps\",\"unit\":\"count\",\"hasData\":false}]}";

	@Test
	void tagsASuccessfulReadAndLeavesItsBodyUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/metrics")).willReturn(okJson(DEMO)));
		EntityExchangeResult<String> result = read("/api/metrics", token("demo"), null);
		assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(result.getResponseBody()).isEqualTo(DEMO);
		assertThat(result.getResponseHeaders().getETag()).matches("\"0[0-9a-f]{32}\"");
		assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("private, no-cache");
		assertThat(result.getResponseHeaders().getContentLength())
			.isEqualTo(DEMO.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void answersNotModifiedWhenTheTagMatches() {
		backendData.stubFor(get(urlPathEqualTo("/dashboard")).willReturn(okJson(DEMO)));
		String etag = read("/api/dashboard", token("demo"), null).getResponseHeaders().getETag();
		EntityExchangeResult<String> again = read("/api/dashboard", token("demo"), etag);
		assertThat(again.getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponseBody()).isNull();
		assertThat(again.getResponseHeaders().getETag()).isEqualTo(etag);
	}

	@Test
	void neverAnswersAnotherUsersTagWithTheirData() {
		String demoToken = token("demo");
		String alexToken = token("alex");
		backendData.stubFor(
				get(urlPathEqualTo("/metrics")).withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + demoToken))
					.willReturn(okJson(DEMO)));
		backendData.stubFor(
				get(urlPathEqualTo("/metrics")).withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + alexToken))
					.willReturn(okJson(ALEX)));
		String demoTag = read("/api/metrics", demoToken, null).getResponseHeaders().getETag();
		EntityExchangeResult<String> alex = read("/api/metrics", alexToken, demoTag);
		assertThat(alex.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(alex.getResponseBody()).isEqualTo(ALEX);
		assertThat(alex.getResponseHeaders().getETag()).isNotEqualTo(demoTag);
	}

	@Test
	void neitherTagsNorLetsAnyoneStoreAProblem() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/blood-sugar")).willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody("""
					{"type": "https://falcon.health/problems/unknown-metric", "title": "Unknown metric", "status": 404}
					""")));
		EntityExchangeResult<String> problem = read("/api/metrics/blood-sugar?from=2026-03-01&to=2026-03-02",
				token("demo"), null);
		assertThat(problem.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(problem.getResponseHeaders().getETag()).isNull();
		assertThat(problem.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		backendData.stubFor(get(urlPathEqualTo("/dashboard")).willReturn(aResponse().withStatus(503)));
		EntityExchangeResult<String> failed = read("/api/dashboard", token("demo"), null);
		assertThat(failed.getStatus()).isEqualTo(HttpStatus.BAD_GATEWAY);
		assertThat(failed.getResponseHeaders().getETag()).isNull();
		assertThat(failed.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void leavesEndpointsOtherThanTheReadsToSpringSecuritysDefaults() {
		EntityExchangeResult<String> me = read("/api/me", token("demo"), null);
		assertThat(me.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(me.getResponseHeaders().getETag()).isNull();
		assertThat(me.getResponseHeaders().getCacheControl()).contains("no-store");
	}

	private EntityExchangeResult<String> read(String uri, String token, @Nullable String ifNoneMatch) {
		return this.client.get().uri(uri).headers((headers) -> {
			headers.setBearerAuth(token);
			if (ifNoneMatch != null) {
				headers.setIfNoneMatch(ifNoneMatch);
			}
		}).exchange().returnResult(String.class);
	}

	private static String token(String user) {
		return TestJwts.token(user, "falcon-api");
	}

}
