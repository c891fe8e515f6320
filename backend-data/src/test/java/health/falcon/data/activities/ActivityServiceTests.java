package health.falcon.data.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import health.falcon.data.api.ActivityPage;
import health.falcon.data.api.ActivityTotals;
import health.falcon.documents.activities.ActivityDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class ActivityServiceTests {

	// 23:00 UTC on 10 March is already 11 March east of UTC (Auckland, Kiritimati).
	private static final Instant NOW = Instant.parse("2026-03-10T23:00:00Z");

	private final ActivityRepository repository = mock(ActivityRepository.class);

	private final ActivityService service = new ActivityService(this.repository, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void defaultsToTheLastNinetyDaysUpToTheLatestDateAnywhere() {
		LocalDate to = LocalDate.parse("2026-03-11");
		LocalDate from = to.minusDays(89);
		given(this.repository.find("demo", from, to, null, null, 50)).willReturn(List.of());
		given(this.repository.totals("demo", from, to, null)).willReturn(ActivityTotals.NONE);
		ActivityPage page = this.service.activitiesOf("demo", null, null, 50, null, null);
		assertThat(page.items()).isEmpty();
		assertThat(page.totals()).isEqualTo(ActivityTotals.NONE);
		then(this.repository).should().find("demo", from, to, null, null, 50);
	}

	@Test
	void countsNinetyDaysBackFromAGivenTo() {
		LocalDate to = LocalDate.parse("2025-12-31");
		given(this.repository.totals("demo", LocalDate.parse("2025-10-03"), to, null)).willReturn(ActivityTotals.NONE);
		this.service.activitiesOf("demo", null, to, 10, null, null);
		then(this.repository).should().find("demo", LocalDate.parse("2025-10-03"), to, null, null, 10);
	}

	@Test
	void endsAtTheLaterOfTodayAndFromWithoutTo() {
		LocalDate future = LocalDate.parse("2026-04-01");
		given(this.repository.totals("demo", future, future, null)).willReturn(ActivityTotals.NONE);
		this.service.activitiesOf("demo", future, null, 10, null, null);
		then(this.repository).should().find("demo", future, future, null, null, 10);
	}

	@Test
	void mapsStoredActivitiesToItems() {
		LocalDate day = LocalDate.parse("2026-03-10");
		ActivityDocument stored = new ActivityDocument("demo:strava:1", "demo", "Lunch ride", "RIDE", "Ride",
				new ActivityDocument.Time(Instant.parse("2026-03-10T11:00:00Z"), "+00:00", null, "2026-03-10", true),
				3600L, 3400L, 30000.0, null, null, null, null, null, null, null, false);
		given(this.repository.find("demo", day, day, null, null, 5)).willReturn(List.of(stored));
		given(this.repository.totals("demo", day, day, null)).willReturn(new ActivityTotals(1, 30000, 3400, null, 0));
		ActivityPage page = this.service.activitiesOf("demo", day, day, 5, null, null);
		assertThat(page.items()).singleElement().satisfies((item) -> {
			assertThat(item.startTime()).isEqualTo(Instant.parse("2026-03-10T11:00:00Z"));
			assertThat(item.localDate()).isEqualTo("2026-03-10");
			assertThat(item.zoneId()).isNull();
			assertThat(item.distanceMeters()).isEqualTo(30000.0);
			assertThat(item.energyKcal()).isNull();
		});
		assertThat(page.totals().count()).isOne();
	}

}
