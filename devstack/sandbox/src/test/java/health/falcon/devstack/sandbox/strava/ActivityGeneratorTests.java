package health.falcon.devstack.sandbox.strava;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityGeneratorTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Instant END = Instant.parse("2026-11-20T09:00:00Z");

	private static final Instant START = END.minus(Duration.ofDays(365));

	private static final StravaProperties.Athlete DANA = new StravaProperties.Athlete(1234567, "Dana", "Demo", "Berlin",
			"Germany", 70);

	@Test
	void theSameSeedGivesTheSameActivitiesAndIds() {
		List<StravaActivity> first = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END);
		List<StravaActivity> again = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END);
		List<StravaActivity> other = new ActivityGenerator(43, BERLIN).generate(DANA, 0, START, END);
		assertThat(again).isEqualTo(first);
		assertThat(other.get(0)).isNotEqualTo(first.get(0));
	}

	@Test
	void idsStayStableWhenTheWindowMoves() {
		List<StravaActivity> today = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END);
		List<StravaActivity> tomorrow = new ActivityGenerator(42, BERLIN).generate(DANA, 0,
				START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)));
		assertThat(tomorrow).containsAll(today.subList(10, today.size()));
	}

	@Test
	void fourToSixActivitiesInEveryFullWeek() {
		Map<Integer, Long> perWeek = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END)
			.stream()
			.map((activity) -> activity.startDate().atZone(BERLIN).toLocalDate())
			.filter((date) -> date.isAfter(LocalDate.of(2025, 11, 30)) && date.isBefore(LocalDate.of(2026, 11, 9)))
			.collect(Collectors.groupingBy((date) -> date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
					Collectors.counting()));
		assertThat(perWeek.values()).allSatisfy((count) -> assertThat(count).isBetween(4L, 6L));
	}

	@Test
	void coversBothDaylightSavingSwitchesAndTheTrips() {
		List<StravaActivity> activities = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END);
		assertThat(activities).anySatisfy((a) -> assertThat(localDate(a)).isEqualTo("2026-03-28"))
			.anySatisfy((a) -> assertThat(localDate(a)).isEqualTo("2026-03-29"))
			.anySatisfy((a) -> assertThat(localDate(a)).isEqualTo("2026-10-24"))
			.anySatisfy((a) -> assertThat(localDate(a)).isEqualTo("2026-10-25"));
		assertThat(activities.stream().map((a) -> a.zone().getId()).distinct())
			.containsExactlyInAnyOrder("Europe/Berlin", "America/New_York", "Asia/Tokyo");
		assertThat(activities).filteredOn((a) -> a.zone().getId().equals("America/New_York"))
			.allSatisfy((a) -> assertThat(localDate(a)).isBetween("2026-06-06", "2026-06-19"))
			.hasSizeGreaterThanOrEqualTo(8);
		assertThat(activities.stream()
			.filter((a) -> a.zone().equals(BERLIN))
			.map((a) -> a.offset().getTotalSeconds())
			.distinct()).containsExactlyInAnyOrder(3600, 7200);
	}

	@Test
	void localStartTimesWithTheirTrailingZMatchTheUtcOffset() {
		DateTimeFormatter withZ = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
		List<StravaActivity> activities = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END);
		assertThat(activities).allSatisfy((activity) -> {
			SummaryActivity summary = ActivityViews.summary(activity);
			assertThat(summary.startDateLocal()).endsWith("Z");
			LocalDateTime local = LocalDateTime.parse(summary.startDateLocal(), withZ);
			LocalDateTime utc = LocalDateTime.parse(summary.startDate(), withZ);
			assertThat(Duration.between(utc, local).toSeconds()).isEqualTo((long) summary.utcOffset());
			assertThat(summary.timezone()).endsWith(") " + activity.zone().getId()).startsWith("(GMT");
		});
		StravaActivity summerInBerlin = activities.stream()
			.filter((a) -> a.zone().equals(BERLIN) && localDate(a).startsWith("2026-07"))
			.findFirst()
			.orElseThrow();
		assertThat(ActivityViews.summary(summerInBerlin).timezone()).isEqualTo("(GMT+01:00) Europe/Berlin");
		assertThat(ActivityViews.summary(summerInBerlin).utcOffset()).isEqualTo(7200);
	}

	@Test
	void metricsAreRealistic() {
		List<StravaActivity> activities = new ActivityGenerator(42, BERLIN).generate(DANA, 0, START, END);
		assertThat(activities.stream().map(StravaActivity::type).distinct()).contains("Ride", "Run", "Walk");
		assertThat(activities).filteredOn((a) -> a.sportType().equals("Run")).allSatisfy((run) -> {
			assertThat(run.metrics().averageSpeed()).isBetween(2.5, 3.7);
			assertThat(run.metrics().averageHeartrate()).isBetween(130.0, 170.0);
			assertThat(run.metrics().elapsedTime()).isGreaterThanOrEqualTo(run.metrics().movingTime());
			assertThat(run.metrics().calories()).isBetween(200.0, 1500.0);
		});
		assertThat(activities).filteredOn((a) -> a.sportType().equals("Ride"))
			.allSatisfy((ride) -> assertThat(ride.metrics().kilojoules()).isNotNull());
		assertThat(activities).filteredOn(StravaActivity::onlyMe).isNotEmpty();
		assertThat(activities).filteredOn((a) -> a.startDate().atZone(a.zone()).getDayOfWeek() == DayOfWeek.SUNDAY)
			.isNotEmpty();
	}

	private static String localDate(StravaActivity activity) {
		return activity.startDate().atZone(activity.zone()).toLocalDate().toString();
	}

}
