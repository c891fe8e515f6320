package health.falcon.data;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.data.stored.NutritionDays;
import health.falcon.data.stored.SleepSessions;
import health.falcon.documents.activities.ActivityDocument;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cursor-paged lists and their details over HTTP against mongo-java-server, with data
 * written in the writers' shapes and tokens from {@link TestJwts}: {@code alex} never
 * sees {@code demo}'s items, gets 404 {@code not-found} for {@code demo}'s ids and 400
 * {@code validation} for {@code demo}'s cursors.
 */
class ListsIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String NOT_FOUND = "https://falcon.health/problems/not-found";

	@Test
	void neverShowsOneUserAnothersSleepSessions() {
		String first = night("demo", 10);
		String second = night("demo", 11);
		String alexs = night("alex", 10);
		RestTestClientResponse page = get("/sleep/sessions?limit=1", "demo");
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(second);
		assertThat(page).bodyJson().doesNotHavePath("$.items[0].stages");
		String cursor = string(page, "$.nextCursor");
		assertThat(get("/sleep/sessions?limit=1&cursor=" + cursor, "demo")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(first);
		assertThat(get("/sleep/sessions", "alex")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(alexs);
		assertRefusedCursor(get("/sleep/sessions?limit=1&cursor=" + cursor, "alex"));
		assertThat(get("/sleep/sessions/" + first, "demo")).bodyJson()
			.extractingPath("$.stages[*].level")
			.asArray()
			.containsExactly("light", "deep", "wake");
		assertThat(get(URI.create("/sleep/sessions/" + first.replace(":", "%3A")), "demo")).hasStatusOk();
		assertNotFound(get("/sleep/sessions/" + first, "alex"));
	}

	@Test
	void neverShowsOneUserAnothersBloodPressure() {
		String demos = BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				128, 82, null, 2);
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-11T06:30:00Z"), BERLIN, 125, 80, 60,
				3);
		String alexs = BloodPressureReadings.write(this.template, "alex", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				140, 90, 70, 2);
		RestTestClientResponse page = get("/blood-pressure/readings?from=2026-03-10&to=2026-03-10", "demo");
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(demos);
		assertThat(page).bodyJson().extractingPath("$.items[0].pulse").isNull();
		assertThat(page).bodyJson().extractingPath("$.items[0].time.localDate").isEqualTo("2026-03-10");
		assertThat(get("/blood-pressure/readings", "alex")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(alexs);
		String cursor = string(get("/blood-pressure/readings?limit=1", "demo"), "$.nextCursor");
		assertRefusedCursor(get("/blood-pressure/readings?cursor=" + cursor, "alex"));
	}

	@Test
	void neverShowsOneUserAnothersHrvRecordings() {
		String demos = HrvRecordings.write(this.template, "demo", "9f86", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				null);
		HrvRecordings.write(this.template, "demo", "9f87", Instant.parse("2026-03-09T06:30:00Z"), BERLIN, null);
		String alexs = HrvRecordings.write(this.template, "alex", "9f86", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				null);
		RestTestClientResponse page = get("/hrv/recordings?limit=1", "demo");
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(demos);
		assertThat(page).bodyJson().doesNotHavePath("$.items[0].rr");
		assertThat(get("/hrv/recordings", "alex")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(alexs);
		assertThat(get("/hrv/recordings/" + demos, "demo")).bodyJson()
			.extractingPath("$.rr.rrMs")
			.asArray()
			.containsExactly(850, 870, 860);
		assertNotFound(get("/hrv/recordings/" + demos, "alex"));
		assertRefusedCursor(get("/hrv/recordings?cursor=" + string(page, "$.nextCursor"), "alex"));
	}

	@Test
	void neverShowsOneUserAnothersNutritionDays() {
		NutritionDays.export(this.template, "demo", LocalDate.parse("2026-03-10"), 2100.0);
		NutritionDays.diary(this.template, "demo", LocalDate.parse("2026-03-10"), 1900.0);
		NutritionDays.diary(this.template, "demo", LocalDate.parse("2026-03-09"), 1800.0);
		NutritionDays.diary(this.template, "alex", LocalDate.parse("2026-03-11"), 1700.0);
		RestTestClientResponse page = get("/nutrition/days?limit=1", "demo");
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly("demo/2026-03-10");
		assertThat(page).bodyJson().extractingPath("$.items[0].channels").asArray().containsExactly("export", "diary");
		assertThat(get("/nutrition/days", "alex")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("alex/2026-03-11");
		RestTestClientResponse detail = get("/nutrition/days/2026-03-10", "demo");
		assertThat(detail).bodyJson().extractingPath("$.export.source.channel").isEqualTo("export");
		assertThat(detail).bodyJson().extractingPath("$.diary.source.channel").isEqualTo("diary");
		assertNotFound(get("/nutrition/days/2026-03-10", "alex"));
		RestTestClientResponse badDate = get("/nutrition/days/2026-13-01", "demo");
		assertThat(badDate).hasStatus(400);
		assertThat(badDate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
		assertRefusedCursor(get("/nutrition/days?cursor=" + string(page, "$.nextCursor"), "alex"));
	}

	@Test
	void neverShowsOneUserAnothersBodyMeasurements() {
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 72.4, null);
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-09"), 72.6, 18.0);
		BodyMeasurements.write(this.template, "alex", LocalDate.parse("2026-03-10"), 80.0, null);
		RestTestClientResponse page = get("/body/measurements?limit=1", "demo");
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly("demo/2026-03-10");
		assertThat(page).bodyJson().extractingPath("$.items[0].bodyFatPct").isNull();
		assertThat(get("/body/measurements", "alex")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("alex/2026-03-10");
		assertRefusedCursor(get("/body/measurements?cursor=" + string(page, "$.nextCursor"), "alex"));
	}

	@Test
	void refusesOneUsersActivityCursorForAnother() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		this.template.insert(activity("demo", "1", today, Instant.now().minusSeconds(60)));
		this.template.insert(activity("demo", "2", today, Instant.now()));
		RestTestClientResponse page = get("/activities?limit=1&sport=run", "demo");
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly("demo:strava:2");
		assertThat(page).bodyJson().extractingPath("$.totals.count").isEqualTo(2);
		String cursor = string(page, "$.nextCursor");
		assertThat(get("/activities?limit=1&cursor=" + cursor, "demo")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("demo:strava:1");
		assertRefusedCursor(get("/activities?cursor=" + cursor, "alex"));
	}

	@Test
	void rejectsListsAndDetailsWithoutToken() {
		for (String path : new String[] { "/sleep/sessions", "/sleep/sessions/demo:1", "/blood-pressure/readings",
				"/hrv/recordings", "/hrv/recordings/demo:1", "/nutrition/days", "/nutrition/days/2026-03-10",
				"/body/measurements" }) {
			assertThat(RestTestClientResponse.from(this.client.get().uri(path).exchange())).hasStatus(401);
		}
	}

	private String night(String userId, int day) {
		Instant start = LocalDate.of(2026, 3, day).atStartOfDay(BERLIN).minusHours(1).toInstant();
		return SleepSessions.write(this.template, userId, start, 480, ZoneOffset.ofHours(1), LocalDate.of(2026, 3, day),
				SleepSessions.GOOGLE_HEALTH);
	}

	private static ActivityDocument activity(String userId, String sourceId, String localDate, Instant start) {
		return new ActivityDocument(userId + ":strava:" + sourceId, userId, "Run " + sourceId, "RUN", "Run",
				new ActivityDocument.Time(start, "+00:00", "UTC", localDate, false), 1900L, 1800L, 5000.0, null, null,
				null, null, null, null, null, false);
	}

	private static String string(RestTestClientResponse response, String path) {
		String value = JsonPath
			.read(new String(response.getExchangeResult().getResponseBodyContent(), StandardCharsets.UTF_8), path);
		assertThat(value).isNotNull();
		return value;
	}

	private void assertNotFound(RestTestClientResponse response) {
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo(NOT_FOUND);
	}

	private void assertRefusedCursor(RestTestClientResponse response) {
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(response).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
	}

	private RestTestClientResponse get(URI uri, String user) {
		return RestTestClientResponse.from(this.client.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.exchange());
	}

}
