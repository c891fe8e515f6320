package health.falcon.data.bloodpressure;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.BloodPressurePage;
import health.falcon.data.paging.AbstractListControllerTests;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ListQuery;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * {@link BloodPressureController} in a web slice: the parameters it binds, every 400 and
 * 404 and the 401 without a token.
 */
@WebMvcTest(BloodPressureController.class)
class BloodPressureControllerTests extends AbstractListControllerTests {

	private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

	private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

	@MockitoBean
	private BloodPressureService service;

	@Override
	protected String path() {
		return "/blood-pressure/readings";
	}

	@Override
	protected Object service() {
		return this.service;
	}

	@Override
	protected void refuse(String cursor) {
		given(this.service.readings(USER, new ListQuery(null, null, null, cursor)))
			.willThrow(new InvalidParameterException("cursor", "is not a cursor of this list; start without one"));
	}

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

}
