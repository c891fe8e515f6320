package health.falcon.data.nutrition;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.NutritionDayDetail;
import health.falcon.data.api.NutritionDayPage;
import health.falcon.data.paging.AbstractListControllerTests;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.BDDMockito.BDDMyOngoingStubbing;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * {@link NutritionController} in a web slice: the parameters it binds, every 400 and 404
 * and the 401 without a token.
 */
@WebMvcTest(NutritionController.class)
class NutritionControllerTests extends AbstractListControllerTests {

	@MockitoBean
	private NutritionService service;

	@Override
	protected String path() {
		return "/nutrition/days";
	}

	@Override
	protected Object service() {
		return this.service;
	}

	@Override
	protected BDDMyOngoingStubbing<?> whenListed(ListQuery query) {
		return given(this.service.days(USER, query));
	}

	@Override
	protected Object emptyPage(@Nullable String nextCursor) {
		return new NutritionDayPage(List.of(), nextCursor);
	}

	@Test
	void returnsTheDetailOfTheTokenSubject() {
		given(this.service.day("demo", "2026-03-10"))
			.willReturn(new NutritionDayDetail("demo/2026-03-10", LocalDate.parse("2026-03-10"), null, null));
		MvcTestResult result = get("/nutrition/days/2026-03-10");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.id").isNotNull();
	}

	@Test
	void answersAnUnknownOrAnotherUsersIdWithNotFound() {
		given(this.service.day("demo", "2026-03-10")).willThrow(new ItemNotFoundException("nutrition day"));
		MvcTestResult result = get("/nutrition/days/2026-03-10");
		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no such nutrition day.");
	}

	@Test
	void rejectsADetailRequestWithoutToken() {
		MvcTestResult result = getWithoutToken("/nutrition/days/2026-03-10");
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void answersADetailDateThatIsNotADateWithAValidationProblem() {
		given(this.service.day("demo", "2026-02-30"))
			.willThrow(new InvalidParameterException("date", "must be a date YYYY-MM-DD"));
		MvcTestResult result = get("/nutrition/days/2026-02-30");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be a date YYYY-MM-DD");
	}

}
