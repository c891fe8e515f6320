package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.falcon.data.api.MetricCatalog;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.series.Resolution;
import health.falcon.data.series.SeriesQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(MetricsController.class)
class MetricsControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DailyMetricsService service;

	@Test
	void returnsTheTokenSubjectsDailySeries() {
		given(this.service.series(eq("demo"), eq("steps"), any(SeriesQuery.class)))
			.willReturn(new MetricSeries("steps", "count", "Europe/Berlin", "1d", "fitbit/google-health",
					List.of(new MetricSeries.Point(Instant.parse("2026-03-28T23:00:00Z"), LocalDate.parse("2026-03-29"),
							7000, 7000, 7000))));
		MvcTestResult result = get("/metrics/steps?from=2026-03-29&to=2026-03-29&resolution=1d");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"metric": "steps", "unit": "count", "zone": "Europe/Berlin", "resolution": "1d",
				 "source": "fitbit/google-health",
				 "points": [{"t": "2026-03-28T23:00:00Z", "localDate": "2026-03-29", "value": 7000.0,
				   "min": 7000.0, "max": 7000.0}]}
				""");
		then(this.service).should()
			.series("demo", "steps", new SeriesQuery(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"),
					Resolution.DAY, null));
	}

	@Test
	void returnsTheCatalog() {
		given(this.service.catalog("demo"))
			.willReturn(new MetricCatalog(List.of(new MetricCatalog.Metric("steps", "count", true))));
		MvcTestResult result = get("/metrics");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"metrics": [{"metric": "steps", "unit": "count", "hasData": true}]}
				""");
	}

	@Test
	void answersAnUnknownMetricWithNotFound() {
		given(this.service.series(eq("demo"), eq("blood-sugar"), any(SeriesQuery.class)))
			.willThrow(new UnknownMetricException("blood-sugar"));
		MvcTestResult result = get("/metrics/blood-sugar?from=2026-03-29&to=2026-03-29&resolution=1d");
		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unknown-metric");
	}

	@Test
	void answersAFinerResolutionWithValidation() {
		given(this.service.series(eq("demo"), eq("steps"), any(SeriesQuery.class)))
			.willThrow(InvalidSeriesQueryException.of("resolution", "'steps' is a daily metric"));
		MvcTestResult result = get("/metrics/steps?from=2026-03-29&to=2026-03-29&resolution=1h");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("resolution");
	}

	@Test
	void writesBloodPressuresAndSleepStagesOnlyForTheirMetrics() {
		MetricSeries.Point reading = new MetricSeries.Point(Instant.parse("2026-03-10T06:00:00Z"),
				LocalDate.parse("2026-03-10"), 120, 120, 120, 120.0, 80.0, null, null);
		given(this.service.series(eq("demo"), eq("blood-pressure"), any(SeriesQuery.class)))
			.willReturn(new MetricSeries("blood-pressure", "mmHg", "UTC", "raw", "dropbox/upload", List.of(reading)));
		MvcTestResult result = get("/metrics/blood-pressure?from=2026-03-10&to=2026-03-10&resolution=raw");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"metric": "blood-pressure", "unit": "mmHg", "zone": "UTC", "resolution": "raw",
				 "source": "dropbox/upload",
				 "points": [{"t": "2026-03-10T06:00:00Z", "localDate": "2026-03-10", "value": 120.0,
				   "min": 120.0, "max": 120.0, "systolic": 120.0, "diastolic": 80.0}]}
				""");
		MetricSeries.Point night = new MetricSeries.Point(Instant.parse("2026-03-09T23:00:00Z"),
				LocalDate.parse("2026-03-10"), 450, 450, 450, null, null, null, Map.of("deep", 80.0));
		given(this.service.series(eq("demo"), eq("sleep-duration"), any(SeriesQuery.class)))
			.willReturn(new MetricSeries("sleep-duration", "min", "UTC", "1d", "fitbit/google-health", List.of(night)));
		MvcTestResult sleep = get("/metrics/sleep-duration?from=2026-03-10&to=2026-03-10&resolution=1d");
		assertThat(sleep).bodyJson().extractingPath("$.points[0].stages.deep").isEqualTo(80.0);
		assertThat(sleep).bodyJson().doesNotHavePath("$.points[0].systolic");
	}

	@Test
	void answersRawOverTooLongARangeWithRangeTooLarge() {
		given(this.service.series(eq("demo"), eq("blood-pressure"), any(SeriesQuery.class)))
			.willThrow(new RangeTooLargeException("'raw' covers at most 92 days of readings"));
		MvcTestResult result = get("/metrics/blood-pressure?from=2026-01-01&to=2026-12-31&resolution=raw");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/range-too-large");
	}

	@Test
	void rejectsAnUnknownResolutionAndBothResolutionAndMaxPoints() {
		MvcTestResult unknown = get("/metrics/weight?from=2026-03-01&to=2026-03-31&resolution=1y");
		assertThat(unknown).hasStatus(400);
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("resolution");
		MvcTestResult both = get("/metrics/weight?from=2026-03-01&to=2026-03-31&resolution=1d&maxPoints=10");
		assertThat(both).hasStatus(400);
		assertThat(both).bodyJson().extractingPath("$.errors[0].field").isEqualTo("maxPoints");
		MvcTestResult reversed = get("/metrics/weight?from=2026-03-31&to=2026-03-01&resolution=1d");
		assertThat(reversed).hasStatus(400);
		assertThat(reversed).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
		MvcTestResult badDate = get("/metrics/weight?from=2026-02-30&to=2026-03-01&maxPoints=0");
		assertThat(badDate).hasStatus(400);
		assertThat(badDate).bodyJson().extractingPath("$.errors").asArray().hasSize(2);
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsBadParametersBeforeTheService() {
		MvcTestResult result = get("/metrics/steps?from=2026-03-29");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/metrics").exchange();
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.service).shouldHaveNoInteractions();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(jwt().jwt((token) -> token.subject("demo"))).exchange();
	}

}
