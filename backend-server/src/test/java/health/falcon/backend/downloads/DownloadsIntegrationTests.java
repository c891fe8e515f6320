package health.falcon.backend.downloads;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four downloads through the real {@code backend-data} HTTP service group against
 * backend-data stubbed in WireMock: the same path and query with the user's own token,
 * status, type and file name kept, {@code no-store} and {@code nosniff} added, a large
 * body streamed through unchanged, backend-data's problems as they are, its failure (an
 * error or a broken connection) a 502, and no call without a token.
 */
class DownloadsIntegrationTests extends BackendDataIntegrationSupport {

	static Stream<Download> downloads() {
		return Stream.of(
				new Download("/api/export/csv/weight?from=2026-03-01&to=2026-03-31", "/export/csv/weight",
						"text/csv;charset=UTF-8", "weight-2026-03-01-2026-03-31.csv", "date,value (kg),source\r\n"),
				new Download("/api/export/fhir?from=2026-03-01&to=2026-03-31", "/export/fhir",
						"application/fhir+json;charset=UTF-8", "falcon-health-2026-03-01-2026-03-31.fhir.json",
						"{\"resourceType\":\"Bundle\",\"type\":\"collection\"}"),
				new Download("/api/reports/blood-pressure?from=2026-03-01&to=2026-03-31&format=pdf",
						"/reports/blood-pressure", "application/pdf", "blood-pressure-2026-03-01-2026-03-31.pdf",
						"%PDF-1.7 fake"),
				new Download("/api/export/all", "/export/all", "application/zip", "falcon-health.zip", "PK fake"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void relaysTheDownloadWithItsTypeAndFileNameAndNoCaching(Download download) {
		backendData.stubFor(get(urlPathEqualTo(download.backend())).willReturn(aResponse().withStatus(200)
			.withHeader(HttpHeaders.CONTENT_TYPE, download.contentType())
			.withHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"")
			.withBody(download.body())));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call(download.api(), token);
		assertThat(response).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.parseMediaType(download.contentType()))
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.doesNotContainHeader(HttpHeaders.ETAG);
		assertThat(response).bodyText().isEqualTo(download.body());
		backendData.verify(1, getRequestedFor(urlPathEqualTo(download.backend())).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + token)));
	}

	@Test
	void passesTheQueryThroughAsTheBrowserSentIt() {
		backendData.stubFor(get(urlPathEqualTo("/reports/blood-pressure"))
			.willReturn(aResponse().withStatus(200).withHeader(HttpHeaders.CONTENT_TYPE, "text/html").withBody("<p>")));
		assertThat(call("/api/reports/blood-pressure?from=2026-03-01&to=2026-03-31&format=html",
				TestJwts.token("demo", "falcon-api")))
			.hasStatusOk();
		backendData.verify(
				getRequestedFor(urlPathEqualTo("/reports/blood-pressure")).withQueryParam("from", equalTo("2026-03-01"))
					.withQueryParam("to", equalTo("2026-03-31"))
					.withQueryParam("format", equalTo("html")));
	}

	@Test
	void streamsALargeBodyThroughUnchanged() throws NoSuchAlgorithmException {
		byte[] zip = new byte[24 * 1024 * 1024];
		new Random(13).nextBytes(zip);
		backendData.stubFor(get(urlPathEqualTo("/export/all")).willReturn(aResponse().withStatus(200)
			.withHeader(HttpHeaders.CONTENT_TYPE, "application/zip")
			.withHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"falcon-health.zip\"")
			.withBody(zip)));
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/export/all")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token("demo", "falcon-api"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
		assertThat(result.getResponseBody()).hasSize(zip.length);
		assertThat(sha256(result.getResponseBody())).isEqualTo(sha256(zip));
		// streamed in chunks: no length known up front, so no buffered copy was measured
		assertThat(result.getResponseHeaders().getContentLength()).isEqualTo(-1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void returnsBackendDatasProblemAsItIs(Download download) {
		backendData.stubFor(get(urlPathEqualTo(download.backend())).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody("""
					{"type": "https://falcon.health/problems/range-too-large", "title": "Range too large",
					 "status": 400, "detail": "Too long.", "instance": "%s"}
					""".formatted(download.backend()))));
		RestTestClientResponse response = call(download.api(), TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/range-too-large");
		assertThat(response).bodyJson().extractingPath("$.detail").isEqualTo("Too long.");
	}

	@Test
	void returnsUnknownMetricAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/export/csv/mood")).willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody("""
					{"type": "https://falcon.health/problems/unknown-metric", "title": "Unknown metric",
					 "status": 404, "detail": "There is no metric 'mood'."}
					""")));
		RestTestClientResponse response = call("/api/export/csv/mood?from=2026-03-01&to=2026-03-02",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(404);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unknown-metric");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void answersBadGatewayWhenBackendDataFails(Download download) {
		backendData.stubFor(get(urlPathEqualTo(download.backend())).willReturn(aResponse().withStatus(503)));
		assertBadGateway(call(download.api(), TestJwts.token("demo", "falcon-api")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void answersBadGatewayWhenBackendDataDropsTheConnection(Download download) {
		backendData.stubFor(get(urlPathEqualTo(download.backend()))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertBadGateway(call(download.api(), TestJwts.token("demo", "falcon-api")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void neverCallsBackendDataWithoutAToken(Download download) {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri(download.api()).exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

	private static void assertBadGateway(RestTestClientResponse response) {
		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-gateway");
	}

	private static byte[] sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256").digest(bytes);
	}

	/**
	 * One relayed download.
	 *
	 * @param api the path and query the browser calls
	 * @param backend backend-data's path
	 * @param contentType backend-data's type
	 * @param fileName backend-data's file name
	 * @param body backend-data's body
	 */
	record Download(String api, String backend, String contentType, String fileName, String body) {

		@Override
		public String toString() {
			return this.api;
		}

	}

}
