package health.falcon.devstack.sandbox.strava;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.strava.StravaFlow.ALEX;
import static health.falcon.devstack.sandbox.strava.StravaFlow.DANA;
import static health.falcon.devstack.sandbox.strava.StravaFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

@StravaSandboxTest
class StravaActivitiesIntegrationTests {

	private static final String ACTIVITIES = "/strava/api/v3/athlete/activities";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private StravaFlow strava;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.strava = new StravaFlow(this.mvc);
	}

	@Test
	void listsNewestFirstThirtyPerPageByDefault() {
		String token = this.strava.accessToken(DANA, "activity:read");
		JsonNode page = body(this.strava.get(ACTIVITIES, token));
		assertThat(page).hasSize(30);
		assertThat(startDates(page)).isSortedAccordingTo((a, b) -> b.compareTo(a));
		JsonNode first = page.get(0);
		assertThat(first.get("athlete").get("id").asLong()).isEqualTo(DANA);
		assertThat(first.get("resource_state").asInt()).isEqualTo(2);
		assertThat(first.has("calories")).isFalse();
		assertThat(first.get("start_date").asString()).endsWith("Z");
		assertThat(Instant.parse(first.get("start_date").asString())).isBefore(TestClock.START.minusSeconds(3 * 3600));
	}

	@Test
	void pagesThroughTheWholeYearWithAfterOldestFirstUntilAnEmptyPage() {
		String token = this.strava.accessToken(ALEX, "activity:read_all");
		long after = TestClock.START.minusSeconds(400L * 86400).getEpochSecond();
		List<String> all = new ArrayList<>();
		for (int page = 1; page < 20; page++) {
			JsonNode activities = body(
					this.strava.get(ACTIVITIES + "?per_page=500&page=" + page + "&after=" + after, token));
			if (activities.isEmpty()) {
				break;
			}
			assertThat(activities.size()).isLessThanOrEqualTo(200);
			all.addAll(startDates(activities));
		}
		assertThat(all).isSorted().doesNotHaveDuplicates();
		// 4 to 6 a week for a year
		assertThat(all.size()).isBetween(52 * 4, 53 * 6);
		assertThat(body(this.strava.get(ACTIVITIES + "?per_page=200&page=1&after=" + after, token))).hasSize(200);
	}

	@Test
	void filtersByAfterAndBefore() {
		String token = this.strava.accessToken(DANA, "activity:read");
		long after = Instant.parse("2026-06-01T00:00:00Z").getEpochSecond();
		long before = Instant.parse("2026-07-01T00:00:00Z").getEpochSecond();
		JsonNode june = body(this.strava.get(ACTIVITIES + "?after=" + after + "&before=" + before, token));
		assertThat(june.size()).isBetween(14, 30);
		assertThat(startDates(june)).isSorted().allSatisfy((date) -> assertThat(date).startsWith("2026-06"));
		JsonNode beforeOnly = body(this.strava.get(ACTIVITIES + "?per_page=5&before=" + before, token));
		assertThat(startDates(beforeOnly)).isSortedAccordingTo((a, b) -> b.compareTo(a))
			.allSatisfy((date) -> assertThat(date).isLessThan("2026-07-01"));
	}

	@Test
	void onlyMeActivitiesNeedActivityReadAll() {
		long privateWithReadAll = countPrivate(this.strava.accessToken(DANA, "activity:read_all"));
		long privateWithRead = countPrivate(this.strava.accessToken(DANA, "activity:read"));
		assertThat(privateWithReadAll).isPositive();
		assertThat(privateWithRead).isZero();
	}

	@Test
	void refusesTokensWithoutActivityRead() {
		String token = this.strava.accessToken(DANA, "read");
		assertThat(this.strava.get(ACTIVITIES, token)).hasStatus(401)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"activity:read_permission","code":"missing"}]}""");
		assertThat(this.strava.get("/strava/api/v3/athlete", token)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.firstname")
			.isEqualTo("Dana");
	}

	@Test
	void detailsAddCaloriesDescriptionAndDevice() {
		String token = this.strava.accessToken(DANA, "activity:read");
		long id = body(this.strava.get(ACTIVITIES + "?per_page=1", token)).get(0).get("id").asLong();
		JsonNode detail = body(this.strava.get("/strava/api/v3/activities/" + id, token));
		assertThat(detail.get("id").asLong()).isEqualTo(id);
		assertThat(detail.get("resource_state").asInt()).isEqualTo(3);
		assertThat(detail.get("calories").asDouble()).isPositive();
		assertThat(detail.has("description")).isTrue();
		assertThat(detail.get("device_name").asString()).isNotBlank();
	}

	@Test
	void hidesOtherAthletesActivities() {
		String alex = this.strava.accessToken(ALEX, "activity:read_all");
		long id = body(this.strava.get(ACTIVITIES + "?per_page=1", this.strava.accessToken(DANA, "activity:read")))
			.get(0)
			.get("id")
			.asLong();
		assertThat(this.strava.get("/strava/api/v3/activities/" + id, alex)).hasStatus(404)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("Record Not Found");
		assertThat(this.strava.get("/strava/api/v3/activities/1", alex)).hasStatus(404);
	}

	@Test
	void reportsRateLimitUsageOnEveryApiResponse() {
		String token = this.strava.accessToken(DANA, "activity:read");
		MvcTestResult first = this.strava.get(ACTIVITIES, token);
		MvcTestResult second = this.mvc.get().uri(ACTIVITIES).exchange();
		assertThat(first.getResponse().getHeader("X-RateLimit-Limit")).isEqualTo("100000,100000");
		long before = usage(first);
		assertThat(usage(second)).isEqualTo(before + 1);
		assertThat(second).hasStatus(401).headers().containsHeaders("X-ReadRateLimit-Limit", "X-ReadRateLimit-Usage");
	}

	private long countPrivate(String token) {
		JsonNode all = body(this.strava.get(ACTIVITIES + "?per_page=200", token));
		JsonNode more = body(this.strava.get(ACTIVITIES + "?per_page=200&page=2", token));
		List<JsonNode> nodes = new ArrayList<>();
		all.forEach(nodes::add);
		more.forEach(nodes::add);
		return nodes.stream().filter((node) -> node.get("private").asBoolean()).peek((node) -> {
			assertThat(node.get("visibility").asString()).isEqualTo("only_me");
		}).count();
	}

	private static long usage(MvcTestResult result) {
		return Long.parseLong(result.getResponse().getHeader("X-RateLimit-Usage").split(",")[0]);
	}

	private static List<String> startDates(JsonNode activities) {
		List<String> dates = new ArrayList<>();
		activities.forEach((activity) -> dates.add(activity.get("start_date").asString()));
		return dates;
	}

}
