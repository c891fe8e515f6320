package health.falcon.data.hrv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import health.falcon.data.api.MeasuredAt;
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
 * {@link HrvController} in a web slice: the parameters it binds, every 400 and 404 and
 * the 401 without a token.
 */
@WebMvcTest(HrvController.class)
class HrvControllerTests extends AbstractListControllerTests {

	@MockitoBean
	private HrvService service;

	@Override
	protected String path() {
		return "/hrv/recordings";
	}

	@Override
	protected Object service() {
		return this.service;
	}

	@Override
	protected BDDMyOngoingStubbing<?> whenListed(ListQuery query) {
		return given(this.service.recordings(USER, query));
	}

	@Override
	protected Object emptyPage(@Nullable String nextCursor) {
		return new HrvRecordingPage(List.of(), nextCursor);
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
		MvcTestResult result = getWithoutToken("/hrv/recordings/demo:9f86d0");
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.service).shouldHaveNoInteractions();
	}

}
