package health.falcon.data.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.falcon.data.api.SleepSessionDetail;
import health.falcon.data.api.SleepSessionPage;
import health.falcon.data.paging.AbstractListControllerTests;
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
 * {@link SleepController} in a web slice: the parameters it binds, every 400 and 404 and
 * the 401 without a token.
 */
@WebMvcTest(SleepController.class)
class SleepControllerTests extends AbstractListControllerTests {

	@MockitoBean
	private SleepService service;

	@Override
	protected String path() {
		return "/sleep/sessions";
	}

	@Override
	protected Object service() {
		return this.service;
	}

	@Override
	protected BDDMyOngoingStubbing<?> whenListed(ListQuery query) {
		return given(this.service.sessions(USER, query));
	}

	@Override
	protected Object emptyPage(@Nullable String nextCursor) {
		return new SleepSessionPage(List.of(), nextCursor);
	}

	@Test
	void returnsTheDetailOfTheTokenSubject() {
		given(this.service.session("demo", "demo:29580510")).willReturn(new SleepSessionDetail("demo:29580510",
				Instant.parse("2026-03-28T22:30:00Z"), Instant.parse("2026-03-29T05:30:00Z"), "+01:00",
				LocalDate.parse("2026-03-29"), true, null, null, null, Map.of(), null, List.of()));
		MvcTestResult result = get("/sleep/sessions/demo:29580510");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.id").isNotNull();
	}

	@Test
	void answersAnUnknownOrAnotherUsersIdWithNotFound() {
		given(this.service.session("demo", "demo:29580510")).willThrow(new ItemNotFoundException("sleep session"));
		MvcTestResult result = get("/sleep/sessions/demo:29580510");
		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no such sleep session.");
	}

	@Test
	void rejectsADetailRequestWithoutToken() {
		MvcTestResult result = getWithoutToken("/sleep/sessions/demo:29580510");
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.service).shouldHaveNoInteractions();
	}

}
