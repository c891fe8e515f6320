package health.falcon.backend.config;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description springdoc publishes at {@code /v3/api-docs}: the browser's read
 * endpoints with their problem+json answers, for a signed-in user only.
 */
class OpenApiIntegrationTests extends BackendDataIntegrationSupport {

	@Test
	void describesTheReadEndpointsAndTheirProblems() {
		RestTestClientResponse response = call("/v3/api-docs", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$.openapi").asString().startsWith("3.");
		assertThat(response).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/dashboard", "/api/metrics/{metric}", "/api/activities", "/api/metrics")
			.doesNotContainKey("/livez");
		// the signed-in user comes from the token: no parameter names it
		assertThat(response).bodyJson().doesNotHavePath("$.paths['/api/me'].get.parameters");
		assertThat(response).bodyJson()
			.extractingPath("$.paths['/api/dashboard'].get.responses['200'].content['application/json'].schema.$ref")
			.isEqualTo("#/components/schemas/Dashboard");
		assertThat(response).bodyJson()
			.extractingPath(
					"$.paths['/api/metrics/{metric}'].get.responses['404'].content['application/problem+json'].schema.$ref")
			.isEqualTo("#/components/schemas/Problem");
		assertThat(response).bodyJson()
			.extractingPath("$.paths['/api/dashboard'].get.responses")
			.asMap()
			.containsKeys("200", "400", "401", "404", "502");
		assertThat(response).bodyJson()
			.extractingPath("$.components.schemas.Problem.properties")
			.asMap()
			.containsKeys("type", "title", "status", "detail", "instance", "errors");
		assertThat(response).bodyJson()
			.extractingPath("$.components.schemas.SportVolume.properties")
			.asMap()
			.containsKeys("sportType", "count", "distanceMeters", "movingSeconds", "energyKcal", "energyCount");
	}

	@Test
	void needsASignedInUser() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri("/v3/api-docs").exchange());
		assertThat(response).hasStatus(401);
	}

}
