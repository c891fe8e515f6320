package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, the API, CSRF, settings validation, isolation and sign-out, through the real
 * gateway and the real devstack OIDC provider started by {@code ./run.sh}.
 */
class SignInSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void signsInThroughTheProviderAndSeesTheUserFromTheToken() throws Exception {
		BrowserlessSession browser = new BrowserlessSession();
		HttpResponse<String> landing = browser.signIn(stack.gateway(), "/login", "demo", "demo");

		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.uri()).isEqualTo(stack.gateway().resolve("/"));
		assertThat(browser.hops())
			.anySatisfy((hop) -> assertThat(hop.toString()).startsWith(stack.provider() + "/oauth2/authorize")
				.contains("code_challenge_method=S256"));
		JsonNode me = json.readTree(browser.getJson(api("/api/me")).body());
		assertThat(me.get("sub").asString()).isEqualTo("demo");
		assertThat(me.get("name").asString()).isEqualTo("Dana Demo");
		assertThat(me.get("email").asString()).isEqualTo("demo@falcon.local");
		assertThat(me.get("settings").get("units").asString()).isIn("metric", "imperial");
	}

	@Test
	void returnsToThePageAskedForAfterSignIn() throws Exception {
		BrowserlessSession browser = new BrowserlessSession();
		HttpResponse<String> page = browser.signIn(stack.gateway(), "/login?returnTo=/settings", "demo", "demo");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri()).isEqualTo(stack.gateway().resolve("/settings"));
	}

	@Test
	void answersApiCallWithoutSessionWith401Problem() throws Exception {
		HttpResponse<String> response = new BrowserlessSession().getJson(api("/api/me"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(response.body()).get("type").asString())
			.isEqualTo("https://falcon.health/problems/unauthenticated");
	}

	@Test
	void validatesSettingsWithFieldErrors() throws Exception {
		BrowserlessSession browser = signedIn("demo");
		HttpResponse<String> response = browser.putJson(api("/api/me/settings"),
				"{\"timeZone\":\"Mars/Olympus_Mons\",\"units\":\"furlongs\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://falcon.health/problems/validation");
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("timeZone", "units");
	}

	@Test
	void refusesSettingsChangeWithoutCsrfToken() throws Exception {
		BrowserlessSession browser = signedIn("demo");
		HttpResponse<String> response = browser.putJsonWithoutCsrf(api("/api/me/settings"),
				"{\"timeZone\":\"Europe/Berlin\",\"units\":\"metric\"}");

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void keepsEachUsersSettingsToThemselves() throws Exception {
		BrowserlessSession demo = signedIn("demo");
		BrowserlessSession alex = signedIn("alex");
		assertThat(demo.putJson(api("/api/me/settings"), "{\"timeZone\":\"Pacific/Auckland\",\"units\":\"imperial\"}")
			.statusCode()).isEqualTo(200);
		assertThat(alex.putJson(api("/api/me/settings"), "{\"timeZone\":\"America/Chicago\",\"units\":\"metric\"}")
			.statusCode()).isEqualTo(200);

		JsonNode demoMe = json.readTree(demo.getJson(api("/api/me")).body());
		JsonNode alexMe = json.readTree(alex.getJson(api("/api/me")).body());
		assertThat(demoMe.get("settings").get("timeZone").asString()).isEqualTo("Pacific/Auckland");
		assertThat(alexMe.get("sub").asString()).isEqualTo("alex");
		assertThat(alexMe.get("settings").get("timeZone").asString()).isEqualTo("America/Chicago");
		assertThat(alexMe.get("settings").get("units").asString()).isEqualTo("metric");
	}

	@Test
	void signsOutAtTheGatewayAndTheProvider() throws Exception {
		BrowserlessSession browser = signedIn("demo");
		HttpResponse<String> afterLogout = browser.logout(stack.gateway());

		assertThat(afterLogout.uri()).isEqualTo(stack.gateway().resolve("/"));
		assertThat(browser.hops())
			.anySatisfy((hop) -> assertThat(hop.toString()).startsWith(stack.provider().toString()).contains("logout"));
		assertThat(browser.getJson(api("/api/me")).statusCode()).isEqualTo(401);
	}

	private static BrowserlessSession signedIn(String user) throws Exception {
		BrowserlessSession browser = new BrowserlessSession();
		assertThat(browser.signIn(stack.gateway(), "/login", user, user).statusCode()).isEqualTo(200);
		return browser;
	}

	private static URI api(String path) {
		return stack.gateway().resolve(path);
	}

}
