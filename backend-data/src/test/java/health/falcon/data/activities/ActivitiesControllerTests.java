package health.falcon.data.activities;

import java.time.Instant;
import java.util.List;

import health.falcon.data.api.ActivityPage;
import health.falcon.data.api.ActivityTotals;
import health.falcon.data.paging.AbstractListControllerTests;
import health.falcon.data.paging.ListQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.BDDMockito.BDDMyOngoingStubbing;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ActivitiesController.class)
class ActivitiesControllerTests extends AbstractListControllerTests {

	@MockitoBean
	private ActivityService service;

	@Override
	protected String path() {
		return "/activities";
	}

	@Override
	protected Object service() {
		return this.service;
	}

	@Override
	protected BDDMyOngoingStubbing<?> whenListed(ListQuery query) {
		return given(this.service.activitiesOf(USER, query.from(), query.to(), query.limitOrDefault(), null,
				query.cursor()));
	}

	@Override
	protected Object emptyPage(@Nullable String nextCursor) {
		return new ActivityPage(List.of(), null, nextCursor);
	}

	@Test
	void returnsTheTokenSubjectsActivitiesWithDefaults() {
		given(this.service.activitiesOf("demo", null, null, 50, null, null))
			.willReturn(new ActivityPage(List.of(run()), new ActivityTotals(1, 10012.5, 3000, 712.0, 1), null));
		MvcTestResult result = get("/activities");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"items": [{"id": "demo:strava:987", "name": "Morning trail", "sportType": "RUN",
				  "sportTypeRaw": "TrailRun", "startTime": "2026-03-10T06:30:00Z", "localDate": "2026-03-10",
				  "zoneId": "Europe/Paris", "elapsedSeconds": 3300, "movingSeconds": 3000, "distanceMeters": 10012.5,
				  "elevationGainMeters": 240.0, "averageHeartRateBpm": 148.2, "maxHeartRateBpm": 176.0,
				  "energyKcal": 712.0}],
				 "totals": {"count": 1, "distanceMeters": 10012.5, "movingSeconds": 3000, "energyKcal": 712.0,
				   "energyCount": 1},
				 "nextCursor": null}
				""");
	}

	@Test
	void answersUnknownEnergyAsNull() {
		ActivityPage.Item run = run();
		ActivityPage.Item withoutEnergy = new ActivityPage.Item(run.id(), run.name(), run.sportType(),
				run.sportTypeRaw(), run.startTime(), run.localDate(), run.zoneId(), run.elapsedSeconds(),
				run.movingSeconds(), run.distanceMeters(), run.elevationGainMeters(), run.averageHeartRateBpm(),
				run.maxHeartRateBpm(), null);
		given(this.service.activitiesOf("demo", null, null, 50, null, null))
			.willReturn(new ActivityPage(List.of(withoutEnergy), new ActivityTotals(1, 10012.5, 3000, null, 0), null));
		MvcTestResult result = get("/activities");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[0].energyKcal").isNull();
		assertThat(result).bodyJson().extractingPath("$.totals.energyKcal").isNull();
		assertThat(result).bodyJson().extractingPath("$.totals.energyCount").isEqualTo(0);
	}

	@Test
	void passesTheSportAndTheCursorAndAnswersTheNextCursor() {
		given(this.service.activitiesOf("demo", null, null, 50, "run", "abc"))
			.willReturn(new ActivityPage(List.of(run()), new ActivityTotals(1, 10012.5, 3000, 712.0, 1), "def"));
		MvcTestResult result = get("/activities?sport=run&cursor=abc");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.nextCursor").isEqualTo("def");
	}

	@Test
	void rejectsASportThatIsNotASportName() {
		assertValidationError(get("/activities?sport=RUN;drop"), "sport", "must be a sport such as RUN");
	}

	private static ActivityPage.Item run() {
		return new ActivityPage.Item("demo:strava:987", "Morning trail", "RUN", "TrailRun",
				Instant.parse("2026-03-10T06:30:00Z"), "2026-03-10", "Europe/Paris", 3300L, 3000L, 10012.5, 240.0,
				148.2, 176.0, 712.0);
	}

}
