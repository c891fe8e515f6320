package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.googlehealth.GoogleHealthFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity, settings and data points: paging newest first with empty and absent final
 * tokens, int64 strings, filter members, roll-ups, daylight saving and the trip zone.
 */
@GoogleHealthSandboxTest
class GoogleHealthDataIntegrationTests {

	private static final String HR_MEMBER = "heart_rate.sample_time.physical_time";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private GoogleHealthFlow flow;

	private String token;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new GoogleHealthFlow(this.mvc);
		this.token = this.flow.accessToken();
	}

	@Test
	void identityAndSettings() {
		JsonNode identity = body(this.flow.get("/google-health/v4/users/me/identity", this.token));
		assertThat(identity.get("healthUserId").asString()).isEqualTo("1234567890");
		assertThat(identity.get("legacyUserId").asString()).isEqualTo("A1B2C3");
		JsonNode settings = body(this.flow.get("/google-health/v4/users/me/settings", this.token));
		assertThat(settings.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(settings.get("utcOffset").asString()).isEqualTo("3600s");
		assertThat(body(this.flow.get("/google-health/v4/users/me/profile", this.token)).has("age")).isTrue();
	}

	@Test
	void heartRatePagesNewestFirstEndingWithAnEmptyToken() {
		String filter = range(HR_MEMBER, "2026-11-19T00:00:00Z", "2026-11-19T00:10:00Z");
		List<JsonNode> points = new ArrayList<>();
		JsonNode page = body(this.flow.list("heart-rate", filter, 250, "", this.token));
		int pages = 1;
		while (!page.path("nextPageToken").asString("").isEmpty()) {
			page.get("dataPoints").forEach(points::add);
			page = body(this.flow.list("heart-rate", filter, 250, page.get("nextPageToken").asString(), this.token));
			pages++;
		}
		page.get("dataPoints").forEach(points::add);
		assertThat(pages).isEqualTo(3);
		assertThat(page.has("nextPageToken")).isTrue();
		assertThat(page.get("nextPageToken").asString()).isEmpty();
		assertThat(points).hasSize(600);
		assertThat(points.get(0).at("/heartRate/sampleTime/physicalTime").asString()).isEqualTo("2026-11-19T00:09:59Z");
		assertThat(points.get(599).at("/heartRate/sampleTime/physicalTime").asString())
			.isEqualTo("2026-11-19T00:00:00Z");
		for (int i = 1; i < points.size(); i++) {
			assertThat(Instant.parse(points.get(i).at("/heartRate/sampleTime/physicalTime").asString()))
				.isBefore(Instant.parse(points.get(i - 1).at("/heartRate/sampleTime/physicalTime").asString()));
		}
		JsonNode first = points.get(0).get("heartRate");
		assertThat(first.get("beatsPerMinute").isString()).isTrue();
		assertThat(Integer.parseInt(first.get("beatsPerMinute").asString())).isBetween(38, 120);
		assertThat(first.at("/sampleTime/utcOffset").asString()).isEqualTo("3600s");
		assertThat(first.at("/sampleTime/civilTime/time/hours").asInt()).isEqualTo(1);
	}

	@Test
	void aTwoPageListingEndsWithoutAToken() {
		String filter = range(HR_MEMBER, "2026-11-19T00:00:00Z", "2026-11-19T00:10:00Z");
		JsonNode first = body(this.flow.list("heart-rate", filter, 400, "", this.token));
		assertThat(first.get("dataPoints")).hasSize(400);
		JsonNode second = body(
				this.flow.list("heart-rate", filter, 400, first.get("nextPageToken").asString(), this.token));
		assertThat(second.get("dataPoints")).hasSize(200);
		assertThat(second.has("nextPageToken")).isFalse();
	}

	@Test
	void pageSizesAreCappedPerType() {
		String day = range(HR_MEMBER, "2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z");
		assertThat(body(this.flow.list("heart-rate", day, 50_000, "", this.token)).get("dataPoints")).hasSize(10_000);
		JsonNode sleep = body(this.flow.list("sleep", "", 100, "", this.token));
		assertThat(sleep.get("dataPoints")).hasSize(25);
		assertThat(sleep.get("nextPageToken").asString()).isNotEmpty();
		JsonNode night = sleep.get("dataPoints").get(0).get("sleep");
		assertThat(night.get("stages").size()).isGreaterThan(3);
		assertThat(night.at("/summary/minutesAsleep").isString()).isTrue();
	}

	@Test
	void aFilterOnTheWrongMemberIsRejected() {
		MvcTestResult result = this.flow.list("sleep", "sleep.start_time >= \"2026-11-01T00:00:00Z\"", 25, "",
				this.token);
		assertThat(result).hasStatus(400);
		JsonNode error = body(result).get("error");
		assertThat(error.get("code").asInt()).isEqualTo(400);
		assertThat(error.get("status").asString()).isEqualTo("INVALID_ARGUMENT");
		assertThat(error.get("message").asString())
			.isEqualTo("Member 'sleep.start_time' is not supported for filtering.");
		assertThat(error.at("/details/0/reason").asString()).isEqualTo("INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER");
		assertThat(error.at("/details/0/@type").asString()).isEqualTo("type.googleapis.com/google.rpc.ErrorInfo");
		assertThat(body(this.flow.list("heart-rate",
				range("heart_rate.interval.start_time", "2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z"), 10, "",
				this.token))
			.at("/error/details/0/reason")
			.asString()).isEqualTo("INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER");
		assertThat(body(this.flow.list("steps", "steps.interval.civil_start_time >= \"2026-11-18T00:00:00Z\"", 10, "",
				this.token))
			.at("/error/details/0/reason")
			.asString()).isEqualTo("INVALID_DATA_POINT_FILTER_CIVIL_DATE_TIME_FORMAT");
	}

	@Test
	void totalCaloriesCannotBeListed() {
		MvcTestResult result = this.flow.list("total-calories", "", 10, "", this.token);
		assertThat(result).hasStatus(400);
		assertThat(body(result).at("/error/message").asString()).contains("List is not supported");
	}

	@Test
	void stepsWithACivilFilterAndRestingHeartRateByDate() {
		JsonNode steps = body(this.flow.list("steps",
				range("steps.interval.civil_start_time", "2026-11-18T00:00:00", "2026-11-19T00:00:00"), 2000, "",
				this.token));
		long total = 0;
		for (JsonNode point : steps.get("dataPoints")) {
			assertThat(point.at("/steps/count").isString()).isTrue();
			assertThat(point.at("/steps/interval/civilStartTime/date/day").asInt()).isEqualTo(18);
			total += Long.parseLong(point.at("/steps/count").asString());
		}
		assertThat(total).isBetween(2_000L, 30_000L);
		JsonNode resting = body(this.flow.list("daily-resting-heart-rate",
				range("daily_resting_heart_rate.date", "2026-11-01", "2026-11-08"), 100, "", this.token));
		assertThat(resting.get("dataPoints").size()).isBetween(5, 7);
		JsonNode newest = resting.get("dataPoints").get(0).get("dailyRestingHeartRate");
		assertThat(newest.at("/date/year").asInt()).isEqualTo(2026);
		assertThat(newest.get("beatsPerMinute").isString()).isTrue();
	}

	@Test
	void dailyRollUpHasNoPageToken() {
		JsonNode steps = rollUp("steps", "{\"range\":{\"start\":{\"date\":{\"year\":2026,\"month\":11,\"day\":10}},"
				+ "\"end\":{\"date\":{\"year\":2026,\"month\":11,\"day\":13}}},\"windowSizeDays\":1}", 200);
		assertThat(steps.has("nextPageToken")).isFalse();
		assertThat(steps.get("rollupDataPoints")).hasSize(3);
		JsonNode first = steps.get("rollupDataPoints").get(0);
		assertThat(first.at("/civilStartTime/date/day").asInt()).isEqualTo(10);
		assertThat(first.at("/civilStartTime/time").isObject()).isTrue();
		assertThat(first.at("/civilEndTime/date/day").asInt()).isEqualTo(11);
		assertThat(first.at("/steps/countSum").isString()).isTrue();
		JsonNode calories = rollUp("total-calories",
				"{\"range\":{\"start\":{\"date\":{\"year\":2026,\"month\":11,\"day\":10}},"
						+ "\"end\":{\"date\":{\"year\":2026,\"month\":11,\"day\":11}}}}",
				200);
		assertThat(calories.at("/rollupDataPoints/0/totalCalories/kcalSum").asDouble()).isBetween(1500.0, 4000.0);
		rollUp("steps", "{\"range\":{\"start\":{\"year\":2026,\"month\":11,\"day\":10},"
				+ "\"end\":{\"date\":{\"year\":2026,\"month\":11,\"day\":11}}}}", 400);
		rollUp("total-calories", "{\"range\":{\"start\":{\"date\":{\"year\":2026,\"month\":10,\"day\":1}},"
				+ "\"end\":{\"date\":{\"year\":2026,\"month\":11,\"day\":1}}}}", 400);
	}

	@Test
	void offsetsFollowDaylightSavingAndTheTrip() {
		JsonNode spring = body(this.flow.list("heart-rate",
				range(HR_MEMBER, "2026-03-29T00:59:58Z", "2026-03-29T01:00:02Z"), 10, "", this.token));
		assertThat(spring.get("dataPoints")).hasSize(4);
		assertThat(spring.at("/dataPoints/0/heartRate/sampleTime/utcOffset").asString()).isEqualTo("7200s");
		assertThat(spring.at("/dataPoints/1/heartRate/sampleTime/civilTime/time/hours").asInt()).isEqualTo(3);
		assertThat(spring.at("/dataPoints/3/heartRate/sampleTime/utcOffset").asString()).isEqualTo("3600s");
		assertThat(spring.at("/dataPoints/2/heartRate/sampleTime/civilTime/time/hours").asInt()).isEqualTo(1);
		JsonNode trip = body(this.flow.list("steps",
				range("steps.interval.start_time", "2026-06-10T12:00:00Z", "2026-06-10T23:00:00Z"), 5, "", this.token));
		assertThat(trip.at("/dataPoints/0/steps/interval/startUtcOffset").asString()).isEqualTo("-14400s");
		JsonNode autumn = body(this.flow.list("sleep",
				range("sleep.interval.end_time", "2026-10-25T00:00:00Z", "2026-10-25T12:00:00Z"), 25, "", this.token));
		JsonNode night = autumn.at("/dataPoints/0/sleep/interval");
		assertThat(night.get("startUtcOffset").asString()).isEqualTo("7200s");
		assertThat(night.get("endUtcOffset").asString()).isEqualTo("3600s");
	}

	@Test
	void theSameRequestReturnsTheSameData() {
		String filter = range(HR_MEMBER, "2026-08-01T10:00:00Z", "2026-08-01T10:01:00Z");
		assertThat(body(this.flow.list("heart-rate", filter, 100, "", this.token)))
			.isEqualTo(body(this.flow.list("heart-rate", filter, 100, "", this.token)));
	}

	private JsonNode rollUp(String type, String json, int status) {
		MvcTestResult result = this.mvc.post()
			.uri("/google-health/v4/users/me/dataTypes/{type}/dataPoints:dailyRollUp", type)
			.header("Authorization", "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(result).hasStatus(status);
		return body(result);
	}

	private static String range(String member, String from, String to) {
		return member + " >= \"" + from + "\" AND " + member + " < \"" + to + "\"";
	}

}
