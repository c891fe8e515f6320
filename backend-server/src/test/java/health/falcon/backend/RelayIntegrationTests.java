package health.falcon.backend;

import java.util.List;
import java.util.stream.Stream;

import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every endpoint backend-server relays to backend-data shares: backend-data's
 * problems reach the browser as they are (with the browser's path as {@code instance}), a
 * failing backend-data is a 502, and a request without a token never reaches
 * backend-data; every list passes the browser's parameters and the user's own token
 * through and leaves out those the browser did not send. Each feature's test keeps what
 * is its own (the answer's shape, the detail's encoded id, its own parameters).
 */
class RelayIntegrationTests extends BackendDataIntegrationSupport {

	private static final List<Relay> RELAYS = List.of(new Relay("/api/activities", "/activities"),
			new Relay("/api/sleep/sessions", "/sleep/sessions"),
			new Relay("/api/sleep/sessions/demo:29580510", "/sleep/sessions/demo%3A29580510"),
			new Relay("/api/blood-pressure/readings", "/blood-pressure/readings"),
			new Relay("/api/hrv/recordings", "/hrv/recordings"),
			new Relay("/api/hrv/recordings/demo:9f86d0", "/hrv/recordings/demo%3A9f86d0"),
			new Relay("/api/nutrition/days", "/nutrition/days"),
			new Relay("/api/nutrition/days/2026-03-10", "/nutrition/days/2026-03-10"),
			new Relay("/api/body/measurements", "/body/measurements"), new Relay("/api/metrics", "/metrics"),
			new Relay("/api/metrics/steps", "/metrics/steps"),
			new Relay("/api/metrics/heart-rate", "/metrics/heart-rate"), new Relay("/api/dashboard", "/dashboard"),
			new Relay("/api/insights", "/insights"), new Relay("/api/insights/sleep", "/insights/sleep"));

	private static final List<String> LISTS = List.of("/activities", "/sleep/sessions", "/blood-pressure/readings",
			"/hrv/recordings", "/nutrition/days", "/body/measurements");

	private static final String EMPTY_PAGE = """
			{"items": [], "nextCursor": null}
			""";

	static Stream<Relay> relays() {
		return RELAYS.stream();
	}

	static Stream<Arguments> problems() {
		return RELAYS.stream()
			.flatMap((relay) -> Stream.of(Arguments.of(relay, 400, "validation"),
					Arguments.of(relay, 404, "not-found")));
	}

	static Stream<String> lists() {
		return LISTS.stream();
	}

	@ParameterizedTest(name = "{0}: {1} {2}")
	@MethodSource("problems")
	void returnsBackendDatasProblemAsItIs(Relay relay, int status, String type) {
		backendData.stubFor(get(urlPathEqualTo(relay.backend())).willReturn(aResponse().withStatus(status)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody("""
					{"type": "https://falcon.health/problems/%s", "title": "Refused", "status": %d,
					 "detail": "Refused.", "instance": "%s", "errors": [{"field": "cursor", "message": "refused"}]}
					""".formatted(type, status, relay.backend()))));
		RestTestClientResponse response = call(relay.api(), TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().isEqualTo("""
				{"type": "https://falcon.health/problems/%s", "title": "Refused", "status": %d,
				 "detail": "Refused.", "instance": "%s", "errors": [{"field": "cursor", "message": "refused"}]}
				""".formatted(type, status, relay.api()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("relays")
	void answersBadGatewayWhenBackendDataFails(Relay relay) {
		backendData.stubFor(get(urlPathEqualTo(relay.backend())).willReturn(aResponse().withStatus(503)));
		RestTestClientResponse response = call(relay.api(), TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-gateway");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("relays")
	void neverCallsBackendDataWithoutAToken(Relay relay) {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri(relay.api()).exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void relaysAListsParametersAndTheUsersOwnToken(String list) {
		backendData.stubFor(get(urlPathEqualTo(list)).willReturn(okJson(EMPTY_PAGE)));
		String token = TestJwts.token("demo", "falcon-api");
		assertThat(call("/api" + list + "?from=2026-03-01&to=2026-03-31&limit=5&cursor=abc", token)).hasStatusOk();
		backendData.verify(
				getRequestedFor(urlPathEqualTo(list)).withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
					.withQueryParam("from", equalTo("2026-03-01"))
					.withQueryParam("to", equalTo("2026-03-31"))
					.withQueryParam("limit", equalTo("5"))
					.withQueryParam("cursor", equalTo("abc")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void leavesOutParametersTheBrowserDidNotSend(String list) {
		backendData.stubFor(get(urlPathEqualTo(list)).willReturn(okJson(EMPTY_PAGE)));
		assertThat(call("/api" + list, TestJwts.token("alex", "falcon-api"))).hasStatusOk();
		backendData.verify(getRequestedFor(urlPathEqualTo(list)).withQueryParam("from", absent())
			.withQueryParam("to", absent())
			.withQueryParam("limit", absent())
			.withQueryParam("cursor", absent()));
	}

	/**
	 * One relayed endpoint.
	 *
	 * @param api the path the browser calls
	 * @param backend the path backend-data is called on (an id strictly encoded)
	 */
	record Relay(String api, String backend) {

		@Override
		public String toString() {
			return this.api;
		}

	}

}
