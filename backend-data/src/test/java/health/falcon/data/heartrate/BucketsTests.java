package health.falcon.data.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.series.Resolution;
import health.falcon.documents.heartrate.MinuteRollups;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BucketsTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");

	@Test
	void keepsEachBucketsMinimumAndMaximum() {
		List<Minute> minutes = List.of(minute(0, 70, 65, 75), minute(1, 70, 40, 180), minute(2, 70, 60, 80),
				minute(5, 100, 100, 100));
		List<Point> points = Buckets.of(Resolution.FIVE_MINUTES).apply(minutes, BERLIN);
		assertThat(points).hasSize(2);
		assertThat(points.get(0).t()).isEqualTo(NINE);
		assertThat(points.get(0).min()).isEqualTo(40);
		assertThat(points.get(0).max()).isEqualTo(180);
		assertThat(points.get(0).value()).isEqualTo(70);
		assertThat(points.get(1).t()).isEqualTo(NINE.plusSeconds(300));
		assertThat(points.get(1).value()).isEqualTo(100);
	}

	@Test
	void weighsTheMeanBySamples() {
		List<Minute> minutes = List.of(new Minute(NINE, 1, 60, 60, 60),
				new Minute(NINE.plusSeconds(60), 3, 80, 80, 240));
		assertThat(Buckets.of(Resolution.HOUR).apply(minutes, BERLIN)).singleElement()
			.satisfies((point) -> assertThat(point.value()).isEqualTo(75));
	}

	@Test
	void leavesBucketsWithoutMinutesOut() {
		List<Minute> minutes = List.of(minute(0, 60, 60, 60), minute(180, 60, 60, 60));
		assertThat(Buckets.of(Resolution.HOUR).apply(minutes, BERLIN)).extracting(Point::t)
			.containsExactly(NINE, NINE.plusSeconds(3 * 3600));
	}

	@Test
	void answersStoredDaysAsTheyAreAndSumsThemUpByWeek() {
		// Two days measured in Denver, read by a user in Berlin, and a day without
		// samples.
		DaySummary tuesday = DaySummary.of(new StoredDay(LocalDate.parse("2026-03-10"),
				MinuteRollups.of(new int[] { 0, 60, 120 }, new int[] { 50, 70, 90 }), null, null));
		DaySummary empty = DaySummary
			.of(new StoredDay(LocalDate.parse("2026-03-11"), MinuteRollups.of(new int[0], new int[0]), null, null));
		DaySummary thursday = DaySummary.of(LocalDate.parse("2026-03-12"), 1, 150, 150, 150, 1, null);
		List<Point> days = Buckets.of(Resolution.DAY).applyToDays(List.of(tuesday, empty, thursday), BERLIN);
		assertThat(days).extracting(Point::localDate)
			.containsExactly(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-12"));
		assertThat(days.get(0).t()).isEqualTo(Instant.parse("2026-03-09T23:00:00Z"));
		assertThat(days.get(0).value()).isEqualTo(70);
		assertThat(days.get(0).min()).isEqualTo(50);
		assertThat(days.get(0).max()).isEqualTo(90);
		assertThat(Buckets.of(Resolution.WEEK).applyToDays(List.of(tuesday, empty, thursday), BERLIN)).singleElement()
			.satisfies((week) -> {
				assertThat(week.localDate()).isEqualTo(LocalDate.parse("2026-03-09"));
				assertThat(week.value()).isEqualTo(90);
				assertThat(week.min()).isEqualTo(50);
				assertThat(week.max()).isEqualTo(150);
			});
	}

	@Test
	void bucketsDaysByLocalDateInTheZone() {
		// 23:30 UTC is already the next day in Berlin.
		List<Minute> minutes = List.of(new Minute(Instant.parse("2026-03-10T23:30:00Z"), 1, 60, 60, 60));
		assertThat(Buckets.of(Resolution.DAY).apply(minutes, BERLIN)).singleElement().satisfies((point) -> {
			assertThat(point.localDate()).isEqualTo(LocalDate.parse("2026-03-11"));
			assertThat(point.t()).isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
		});
	}

	@Test
	void bucketsSeveralWeeksFromAMonday() {
		List<Minute> minutes = List.of(new Minute(Instant.parse("2026-03-10T12:00:00Z"), 1, 60, 60, 60));
		assertThat(Buckets.weeks(4).apply(minutes, BERLIN)).singleElement().satisfies((point) -> {
			assertThat(point.localDate().getDayOfWeek()).hasToString("MONDAY");
			assertThat(point.localDate()).isBeforeOrEqualTo(LocalDate.parse("2026-03-10"))
				.isAfter(LocalDate.parse("2026-02-10"));
		});
	}

	@Test
	void choosesTheFinestBucketsThatFit() {
		List<Minute> minutes = new ArrayList<>();
		for (int i = 0; i < 24 * 60; i++) {
			minutes.add(minute(i, 60, 60, 60));
		}
		assertThat(HeartRateService.choose(minutes, 10_000, BERLIN).label()).isEqualTo("1min");
		assertThat(HeartRateService.choose(minutes, 1000, BERLIN).label()).isEqualTo("5min");
		assertThat(HeartRateService.choose(minutes, 24, BERLIN).label()).isEqualTo("1h");
		assertThat(HeartRateService.choose(minutes, 2, BERLIN).label()).isEqualTo("1d");
		assertThat(HeartRateService.choose(minutes, 1, BERLIN).label()).isEqualTo("1w");
	}

	private static Minute minute(int index, int mean, int min, int max) {
		return new Minute(NINE.plusSeconds(index * 60L), 1, min, max, mean);
	}

}
