package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link HomeProtocol} on readings built in memory: a complete week, an incomplete week
 * and what it lacks; the averages are worked out by hand in each test. The week across a
 * daylight-saving change is in {@link BloodPressureInsightTests}, through the stored
 * offsets.
 */
class HomeProtocolTests {

	@Test
	void averagesDaysTwoToSevenOfACompleteWeekWithTwoReadingsPerSession() {
		List<Reading> readings = new ArrayList<>();
		// Day 1 (2026-03-02) is discarded, however high.
		readings.addAll(day("2026-03-02", 160, 100));
		for (int day = 3; day <= 8; day++) {
			readings.addAll(day("2026-03-0" + day, 0, 0));
		}
		// A third morning reading on day 3 is not one of the two of its session.
		readings.add(at("2026-03-04T07:10+01:00", 200, 130));
		ProtocolWeek week = HomeProtocol.latest(readings).orElseThrow();
		// Days 2-7: mornings 140/90 and 138/88, evenings 130/80 and 128/78, 24 readings;
		// systolic (140 + 138 + 130 + 128) / 4 = 134.0, diastolic (90 + 88 + 80 + 78) / 4
		// = 84.0.
		assertThat(week.from()).isEqualTo(LocalDate.parse("2026-03-02"));
		assertThat(week.to()).isEqualTo(LocalDate.parse("2026-03-08"));
		assertThat(week.readings()).isEqualTo(24);
		assertThat(week.daysWithReadings()).isEqualTo(7);
		assertThat(week.average()).isEqualTo(new PeriodAverage(LocalDate.parse("2026-03-03"),
				LocalDate.parse("2026-03-08"), 24, 134.0, 84.0, "stage-1"));
		assertThat(week.thresholds())
			.extracting(ThresholdComparison::systolic, ThresholdComparison::diastolic, ThresholdComparison::atOrAbove)
			.containsExactly(tuple(135, 85, false), tuple(130, 80, true));
		assertThat(week.validWeekComplete()).isTrue();
		assertThat(week.missing()).isNull();
		assertThat(week.days().get(0)).isEqualTo(new ProtocolDay(LocalDate.parse("2026-03-02"), 1, true, 2, 2));
		assertThat(week.days().get(2)).isEqualTo(new ProtocolDay(LocalDate.parse("2026-03-04"), 3, false, 3, 2));
	}

	@Test
	void saysWhatAnIncompleteWeekLacks() {
		List<Reading> readings = new ArrayList<>();
		// Day 4 (2026-03-05): two mornings, two evenings; day 5: two mornings, one
		// evening;
		// day 6: one evening; day 7: one morning. 4 of 7 days, 4 + 3 + 1 + 1 = 9
		// readings.
		readings.addAll(day("2026-03-05", 0, 0));
		readings.add(at("2026-03-06T07:00+01:00", 130, 80));
		readings.add(at("2026-03-06T07:05+01:00", 130, 80));
		readings.add(at("2026-03-06T21:00+01:00", 120, 70));
		readings.add(at("2026-03-07T21:00+01:00", 120, 70));
		readings.add(at("2026-03-08T07:00+01:00", 130, 80));
		ProtocolWeek week = HomeProtocol.latest(readings).orElseThrow();
		assertThat(week.from()).isEqualTo(LocalDate.parse("2026-03-02"));
		assertThat(week.daysWithReadings()).isEqualTo(4);
		assertThat(week.readings()).isEqualTo(9);
		assertThat(week.validWeekComplete()).isFalse();
		// Missing: 3 days; 12 - 9 = 3 readings; mornings short on days 2, 3, 6 and 7;
		// evenings short on days 2, 3, 5, 6 and 7.
		assertThat(week.missing()).isEqualTo(
				"4 of 7 days, 9 readings; 3 more days, 3 more readings, 4 more mornings and 5 more evenings needed");
		// (140 + 138 + 130 + 128 + 130 + 130 + 120 + 120 + 130) / 9 = 1166 / 9 = 129.6;
		// (90 + 88 + 80 + 78 + 80 + 80 + 70 + 70 + 80) / 9 = 716 / 9 = 79.6: elevated.
		assertThat(week.average().systolic()).isEqualTo(129.6);
		assertThat(week.average().diastolic()).isEqualTo(79.6);
		assertThat(week.average().category()).isEqualTo("elevated");
	}

	@Test
	void countsAWeekWithTwelveReadingsButADayWithoutAnyAsIncomplete() {
		List<Reading> readings = new ArrayList<>();
		for (int day = 3; day <= 8; day++) {
			readings.addAll(day("2026-03-0" + day, 0, 0));
		}
		ProtocolWeek week = HomeProtocol.latest(readings).orElseThrow();
		assertThat(week.readings()).isEqualTo(24);
		assertThat(week.validWeekComplete()).isFalse();
		assertThat(week.missing()).isEqualTo("6 of 7 days, 24 readings; 1 more day needed");
	}

	@Test
	void leavesReadingsAtOtherTimesOutOfTheProtocol() {
		ProtocolWeek week = HomeProtocol.latest(List.of(at("2026-03-08T14:00+01:00", 150, 95))).orElseThrow();
		assertThat(week.readings()).isZero();
		assertThat(week.average().systolic()).isNull();
		assertThat(week.thresholds()).extracting(ThresholdComparison::atOrAbove).containsOnlyNulls();
		assertThat(week.missing()).isEqualTo(
				"0 of 7 days, 0 readings; 7 more days, 12 more readings, 6 more mornings and 6 more evenings needed");
	}

	@Test
	void hasNoWeekWithoutReadings() {
		assertThat(HomeProtocol.latest(List.of())).isEmpty();
	}

	/**
	 * Two morning and two evening readings of a date at +01:00: morning 140/90 and
	 * 138/88, evening 130/80 and 128/78, or all four at the given values when not 0.
	 */
	static List<Reading> day(String date, int systolic, int diastolic) {
		boolean given = systolic > 0;
		return List.of(at(date + "T07:00+01:00", given ? systolic : 140, given ? diastolic : 90),
				at(date + "T07:05+01:00", given ? systolic : 138, given ? diastolic : 88),
				at(date + "T21:00+01:00", given ? systolic : 130, given ? diastolic : 80),
				at(date + "T21:05+01:00", given ? systolic : 128, given ? diastolic : 78));
	}

	static Reading at(String offsetDateTime, int systolic, int diastolic) {
		OffsetDateTime time = OffsetDateTime.parse(offsetDateTime);
		return new Reading(offsetDateTime, time.toInstant(), time.toLocalDateTime(), time.getOffset().getId(),
				time.toLocalDate(), systolic, diastolic, 60, "dropbox/upload", "omron.csv");
	}

}
