package health.falcon.data.hrv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import health.falcon.data.api.MeasuredAt;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * {@link HrvController} in a web slice: the parameters it binds, every 400 and 404 and
 * the 401 without a token.
 */
@WebMvcTest(HrvController.class)
class HrvControllerTests {

	private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

	private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private HrvService service;

	@Test
	void returnsTheTokenSubjectsFirstPageWithDefaults() {
		given(this.service.recordings("demo", new ListQuery(null, null, null, null)))
			.willReturn(new HrvRecordingPage(List.of(), "next"));
		MvcTestResult result = get("/hrv/recordings");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"items": [], "nextCursor": "next"}
				""");
	}

	@Test
	void passesTheRangeTheLimitAndTheCursor() {
		ListQuery query = new ListQuery(MARCH_1, MARCH_31, 500, "abc");
		given(this.service.recordings("demo", query)).willReturn(new HrvRecordingPage(List.of(), null));
		MvcTestResult result = get("/hrv/recordings?from=2026-03-01&to=2026-03-31&limit=500&cursor=abc");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.nextCursor").isNull();
	}

	@Test
	void acceptsTheSameDayAsFromAndTo() {
		given(this.service.recordings("demo", new ListQuery(MARCH_1, MARCH_1, null, null)))
			.willReturn(new HrvRecordingPage(List.of(), null));
		assertThat(get("/hrv/recordings?from=2026-03-01&to=2026-03-01")).hasStatusOk();
	}

	@Test
	void rejectsADateThatIsNotIso() {
		assertValidationError(get("/hrv/recordings?from=10/03/2026"), "from", "has an invalid value");
	}

	@Test
	void rejectsADateThatDoesNotExist() {
		assertValidationError(get("/hrv/recordings?to=2026-02-30"), "to", "has an invalid value");
	}

	@Test
	void rejectsFromAfterTo() {
		assertValidationError(get("/hrv/recordings?from=2026-03-31&to=2026-03-01"), "from", "must not be after 'to'");
	}

	@Test
	void rejectsALimitBelowOne() {
		assertValidationError(get("/hrv/recordings?limit=0"), "limit", "must be greater than or equal to 1");
	}

	@Test
	void rejectsALimitAboveFiveHundred() {
		assertValidationError(get("/hrv/recordings?limit=501"), "limit", "must be less than or equal to 500");
	}

	@Test
	void rejectsALimitThatIsNotANumber() {
		assertValidationError(get("/hrv/recordings?limit=all"), "limit", "has an invalid value");
	}

	@Test
	void rejectsAnOverLongCursor() {
		assertValidationError(get("/hrv/recordings?cursor=" + "a".repeat(1025)), "cursor",
				"size must be between 0 and 1024");
	}

	@Test
	void answersACursorTheServiceRefusesWithAValidationProblem() {
		given(this.service.recordings("demo", new ListQuery(null, null, null, "forged")))
			.willThrow(new InvalidParameterException("cursor", "is not a cursor of this list; start without one"));
		MvcTestResult result = get("/hrv/recordings?cursor=forged");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/hrv/recordings").exchange();
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void returnsTheDetailOfTheTokenSubject() {
		given(this.service.recording("demo", "demo:9f86d0")).willReturn(new HrvRecordingDetail("demo:9f86d0",
				new MeasuredAt(Instant.parse("2026-03-10T06:30:00Z"), LocalDate.parse("2026-03-10"), "+01:00",
						"Europe/Berlin", false),
				null, null, null, null, null, List.of(), null, false, List.of(), null,
				new HrvRecordingDetail.RrSeries(List.of(1), List.of(0L), List.of(850), List.of(71))));
		MvcTestResult result = get("/hrv/recordings/demo:9f86d0");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.id").isNotNull();
	}

	@Test
	void answersAnUnknownOrAnotherUsersIdWithNotFound() {
		given(this.service.recording("demo", "demo:9f86d0")).willThrow(new ItemNotFoundException("HRV recording"));
		MvcTestResult result = get("/hrv/recordings/demo:9f86d0");
		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no such HRV recording.");
	}

	@Test
	void rejectsADetailRequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/hrv/recordings/demo:9f86d0").exchange();
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
