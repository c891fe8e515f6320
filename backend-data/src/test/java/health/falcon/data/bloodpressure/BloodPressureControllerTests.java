package health.falcon.data.bloodpressure;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.BloodPressurePage;
import health.falcon.data.paging.InvalidParameterException;
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
 * {@link BloodPressureController} in a web slice: the parameters it binds, every 400 and
 * 404 and the 401 without a token.
 */
@WebMvcTest(BloodPressureController.class)
class BloodPressureControllerTests {

	private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

	private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private BloodPressureService service;

	@Test
	void returnsTheTokenSubjectsFirstPageWithDefaults() {
		given(this.service.readings("demo", new ListQuery(null, null, null, null)))
			.willReturn(new BloodPressurePage(List.of(), "next"));
		MvcTestResult result = get("/blood-pressure/readings");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"items": [], "nextCursor": "next"}
				""");
	}

	@Test
	void passesTheRangeTheLimitAndTheCursor() {
		ListQuery query = new ListQuery(MARCH_1, MARCH_31, 500, "abc");
		given(this.service.readings("demo", query)).willReturn(new BloodPressurePage(List.of(), null));
		MvcTestResult result = get("/blood-pressure/readings?from=2026-03-01&to=2026-03-31&limit=500&cursor=abc");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.nextCursor").isNull();
	}

	@Test
	void acceptsTheSameDayAsFromAndTo() {
		given(this.service.readings("demo", new ListQuery(MARCH_1, MARCH_1, null, null)))
			.willReturn(new BloodPressurePage(List.of(), null));
		assertThat(get("/blood-pressure/readings?from=2026-03-01&to=2026-03-01")).hasStatusOk();
	}

	@Test
	void rejectsADateThatIsNotIso() {
		assertValidationError(get("/blood-pressure/readings?from=10/03/2026"), "from", "has an invalid value");
	}

	@Test
	void rejectsADateThatDoesNotExist() {
		assertValidationError(get("/blood-pressure/readings?to=2026-02-30"), "to", "has an invalid value");
	}

	@Test
	void rejectsFromAfterTo() {
		assertValidationError(get("/blood-pressure/readings?from=2026-03-31&to=2026-03-01"), "from",
				"must not be after 'to'");
	}

	@Test
	void rejectsALimitBelowOne() {
		assertValidationError(get("/blood-pressure/readings?limit=0"), "limit", "must be greater than or equal to 1");
	}

	@Test
	void rejectsALimitAboveFiveHundred() {
		assertValidationError(get("/blood-pressure/readings?limit=501"), "limit", "must be less than or equal to 500");
	}

	@Test
	void rejectsALimitThatIsNotANumber() {
		assertValidationError(get("/blood-pressure/readings?limit=all"), "limit", "has an invalid value");
	}

	@Test
	void rejectsAnOverLongCursor() {
		assertValidationError(get("/blood-pressure/readings?cursor=" + "a".repeat(1025)), "cursor",
				"size must be between 0 and 1024");
	}

	@Test
	void answersACursorTheServiceRefusesWithAValidationProblem() {
		given(this.service.readings("demo", new ListQuery(null, null, null, "forged")))
			.willThrow(new InvalidParameterException("cursor", "is not a cursor of this list; start without one"));
		MvcTestResult result = get("/blood-pressure/readings?cursor=forged");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/blood-pressure/readings").exchange();
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated");
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
