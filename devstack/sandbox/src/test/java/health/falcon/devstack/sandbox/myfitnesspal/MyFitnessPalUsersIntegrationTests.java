package health.falcon.devstack.sandbox.myfitnesspal;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.myfitnesspal.MyFitnessPalFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API host's user endpoint: its three required headers and the unit and diary
 * preferences of a metric and an imperial account.
 */
@MyFitnessPalSandboxTest
class MyFitnessPalUsersIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private MyFitnessPalFlow flow;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new MyFitnessPalFlow(this.mvc);
	}

	@Test
	void returnsTheMetricDemoAccount() {
		JsonNode item = body(user(token("demo"), "mfp-main-js", "91234567890123", "91234567890123")).get("item");
		assertThat(item.get("id").asString()).isEqualTo("91234567890123");
		assertThat(item.get("username").asString()).isEqualTo("demo");
		assertThat(item.get("email").asString()).isNotBlank();
		assertThat(item.get("unit_preferences").get("weight").asString()).isEqualTo("kg");
		assertThat(item.get("unit_preferences").get("energy").asString()).isEqualTo("calories");
		assertThat(item.get("unit_preferences").get("distance").asString()).isEqualTo("kilometers");
		assertThat(item.get("unit_preferences").get("water").asString()).isEqualTo("milliliters");
		assertThat(item.get("diary_preferences").get("meal_names").valueStream().map(JsonNode::asString))
			.containsExactly("Breakfast", "Lunch", "Dinner", "Snacks");
		assertThat(item.get("diary_preferences").get("tracked_nutrients").valueStream().map(JsonNode::asString))
			.containsExactly("calories", "carbohydrates", "fat", "protein", "sodium", "sugar");
	}

	@Test
	void alexIsImperialWithACustomMeal() {
		JsonNode item = body(user(token("alex"), "mfp-main-js", "91234567890456", "91234567890456")).get("item");
		assertThat(item.get("unit_preferences").get("weight").asString()).isEqualTo("pounds");
		assertThat(item.get("diary_preferences").get("meal_names").valueStream().map(JsonNode::asString))
			.contains("Post-Workout");
	}

	@Test
	void requiresTheBearerTokenAndBothMfpHeaders() {
		String token = token("demo");
		assertUnauthorized(user(null, "mfp-main-js", "91234567890123", "91234567890123"));
		assertUnauthorized(user("not-a-token", "mfp-main-js", "91234567890123", "91234567890123"));
		assertUnauthorized(user(token, null, "91234567890123", "91234567890123"));
		assertUnauthorized(user(token, "mfp-main-js", null, "91234567890123"));
		assertUnauthorized(user(token, "mfp-main-js", "91234567890456", "91234567890123"));
		assertThat(user(token, "mfp-main-js", "91234567890123", "91234567890456")).hasStatus(403);
	}

	private String token(String username) {
		return body(this.flow.authToken(this.flow.session(username))).get("access_token").asString();
	}

	private MvcTestResult user(String token, String clientId, String userIdHeader, String userId) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.get()
			.uri("/myfitnesspal/api/v2/users/{id}", userId)
			.param("fields[]", "diary_preferences", "unit_preferences", "goal_preferences");
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		if (clientId != null) {
			request = request.header("mfp-client-id", clientId);
		}
		if (userIdHeader != null) {
			request = request.header("mfp-user-id", userIdHeader);
		}
		return request.exchange();
	}

	private static void assertUnauthorized(MvcTestResult result) {
		assertThat(result).hasStatus(401).bodyJson().extractingPath("$.error").isNotNull();
	}

}
