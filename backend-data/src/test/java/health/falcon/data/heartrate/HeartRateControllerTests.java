package health.falcon.data.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.MetricSeries;
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

@WebMvcTest(HeartRateController.class)
class HeartRateControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private HeartRateService service;

	@Test
	void returnsTheTokenSubjectsSeries() {
		given(this.service.heartRate(eq("demo"), any(SeriesQuery.class)))
			.willReturn(new MetricSeries("heart-rate", "bpm", "Europe/Berlin", "1d", "fitbit/google-health",
					List.of(new MetricSeries.Point(Instant.parse("2026-03-28T23:00:00Z"), LocalDate.parse("2026-03-29"),
							72.4, 40, 190))));
		MvcTestResult result = get("/metrics/heart-rate?from=2026-03-29&to=2026-03-29&resolution=1d");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"metric": "heart-rate", "unit": "bpm", "zone": "Europe/Berlin", "resolution": "1d",
				 "source": "fitbit/google-health",
				 "points": [{"t": "2026-03-28T23:00:00Z", "localDate": "2026-03-29", "value": 72.4, "min": 40.0,
				   "max": 190.0}]}
				""");
		then(this.service).should()
			.heartRate("demo", new SeriesQuery(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"),
					Resolution.DAY, null));
	}

	@Test
	void acceptsInstantsAndMaxPoints() {
		given(this.service.heartRate(eq("demo"), any(SeriesQuery.class)))
			.willReturn(new MetricSeries("heart-rate", "bpm", "UTC", "1h", null, List.of()));
		MvcTestResult result = get(
				"/metrics/heart-rate?from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z&maxPoints=2000");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.points").asArray().isEmpty();
		then(this.service).should()
			.heartRate("demo", new SeriesQuery(Instant.parse("2026-03-01T00:00:00Z"),
					Instant.parse("2026-03-02T00:00:00Z"), null, 2000));
	}

	@Test
	void rejectsAnUnknownResolution() {
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&to=2026-03-02&resolution=2h"), "resolution",
				"must be one of raw, 1min, 5min, 1h, 1d, 1w");
	}

	@Test
	void rejectsFromAfterTo() {
		assertValidationError(get("/metrics/heart-rate?from=2026-03-02&to=2026-03-01&resolution=1h"), "from",
				"must not be after 'to'");
	}

	@Test
	void rejectsABadDate() {
		assertValidationError(get("/metrics/heart-rate?from=2026-02-30&to=2026-03-01&resolution=1h"), "from",
				"must be a date (YYYY-MM-DD) or an ISO instant");
	}

	@Test
	void rejectsAMissingTo() {
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&resolution=1h"), "to", "is required");
	}

	@Test
	void rejectsBothResolutionAndMaxPoints() {
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&to=2026-03-01&resolution=1h&maxPoints=10"),
				"maxPoints", "must not be given with 'resolution'");
	}

	@Test
	void rejectsNeitherResolutionNorMaxPoints() {
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&to=2026-03-01"), "resolution",
				"is required unless 'maxPoints' is given");
	}

	@Test
	void rejectsMaxPointsOutOfRange() {
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&to=2026-03-01&maxPoints=10001"), "maxPoints",
				"must be a number from 1 to 10000");
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&to=2026-03-01&maxPoints=0"), "maxPoints",
				"must be a number from 1 to 10000");
		assertValidationError(get("/metrics/heart-rate?from=2026-03-01&to=2026-03-01&maxPoints=many"), "maxPoints",
				"must be a number from 1 to 10000");
	}

	@Test
	void answersRangeTooLargeForRawOverMoreThanTwoDays() {
		given(this.service.heartRate(eq("demo"), any(SeriesQuery.class)))
			.willThrow(new RangeTooLargeException("'raw' covers at most 2 days"));
		MvcTestResult result = get("/metrics/heart-rate?from=2026-03-01&to=2026-03-31&resolution=raw");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/range-too-large");
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/metrics/heart-rate").exchange();
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.service).shouldHaveNoInteractions();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(jwt().jwt((token) -> token.subject("demo"))).exchange();
	}

	private void assertValidationError(MvcTestResult result, String field, String message) {
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
		then(this.service).shouldHaveNoInteractions();
	}

}
