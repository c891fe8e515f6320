package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.NutritionDays;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics/{metric}} for the stored readings and nutrition over HTTP against
 * mongo-java-server with tokens from {@link TestJwts}: each user sees only their own
 * values, blood pressure's extra members are in the JSON, precedence binds with its
 * default.
 */
class MetricsIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final ZoneId UTC = ZoneId.of("UTC");

	@Test
	void neverShowsOneUserAnothersBloodPressure() {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T08:00:00Z"), UTC, 121, 79, 61, 1);
		BloodPressureReadings.write(this.template, "alex", Instant.parse("2026-03-10T09:00:00Z"), UTC, 150, 95, null,
				1);
		String uri = "/metrics/blood-pressure?from=2026-03-10&to=2026-03-10&resolution=raw";
		RestTestClientResponse demo = get(uri, "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson().isLenientlyEqualTo("""
				{"metric": "blood-pressure", "unit": "mmHg", "zone": "UTC", "resolution": "raw",
				 "source": "dropbox/upload",
				 "points": [{"t": "2026-03-10T08:00:00Z", "localDate": "2026-03-10", "value": 121.0, "min": 121.0,
				   "max": 121.0, "systolic": 121.0, "diastolic": 79.0, "pulse": 61.0}]}
				""");
		assertThat(demo).bodyJson().hasPath("$.points[0].pulse");
		RestTestClientResponse alex = get(uri, "alex");
		assertThat(alex).bodyJson().extractingPath("$.points[*].value").asArray().containsExactly(150.0);
		assertThat(alex).bodyJson().doesNotHavePath("$.points[0].pulse");
		assertThat(alex).bodyJson().doesNotHavePath("$.points[0].stages");
		assertThat(get(uri, "sam")).bodyJson().extractingPath("$.points").asArray().isEmpty();
	}

	@Test
	void answersNutritionFromTheDiaryFirstByDefault() {
		LocalDate day = LocalDate.parse("2026-03-10");
		NutritionDays.export(this.template, "demo", day, Map.of("kcal", 1800.0));
		NutritionDays.diary(this.template, "demo", day, Map.of("kcal", 2100.0), null);
		RestTestClientResponse response = get("/metrics/calories-in?from=2026-03-10&to=2026-03-10&resolution=1d",
				"demo");
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$.source").isEqualTo("myfitnesspal/diary");
		assertThat(response).bodyJson().extractingPath("$.points[0].value").isEqualTo(2100.0);
		assertThat(response).bodyJson().doesNotHavePath("$.points[0].systolic");
	}

	@Test
	void refusesRawReadingsOverMoreThanAQuarter() {
		RestTestClientResponse response = get("/metrics/blood-pressure?from=2026-01-01&to=2026-12-31&resolution=raw",
				"demo");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/range-too-large");
	}

	@Test
	void answersAnUnknownMetricWithNotFound() {
		RestTestClientResponse response = get("/metrics/glucose?from=2026-03-10&to=2026-03-10&resolution=1d", "demo");
		assertThat(response).hasStatus(404);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unknown-metric");
	}

}
