package health.falcon.kit.release;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseHeaderWebFilterTests {

	private final RouterFunction<ServerResponse> routes = RouterFunctions.route()
		.GET("/hello", (request) -> ServerResponse.ok().bodyValue("hello"))
		.build();

	private final WebTestClient client = WebTestClient.bindToRouterFunction(this.routes)
		.webFilter(new ReleaseHeaderWebFilter(new Release("1.4.0", "blue")))
		.build();

	@Test
	void addsTheReleaseHeaderToReactiveResponses() {
		this.client.get()
			.uri("/hello")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Falcon-Release", "1.4.0/blue");
	}

	@Test
	void addsTheReleaseHeaderToReactiveNotFoundResponses() {
		String header = this.client.get()
			.uri("/nothing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Falcon-Release");
		assertThat(header).isEqualTo("1.4.0/blue");
	}

}
