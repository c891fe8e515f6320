package health.falcon.data.hrv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import health.falcon.data.api.MeasuredAt;
import health.falcon.data.paging.AbstractListControllerTests;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListQuery;
import org.junit.jupiter.api.Test;

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

	private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

	private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

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
	protected void refuse(String cursor) {
		given(this.service.recordings(USER, new ListQuery(null, null, null, cursor)))
			.willThrow(new InvalidParameterException("cursor", "is not a cursor of this list; start without one"));
	}

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
