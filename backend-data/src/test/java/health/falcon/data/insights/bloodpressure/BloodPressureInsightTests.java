package health.falcon.data.insights.bloodpressure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;
import health.falcon.data.stored.BloodPressureReadings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link BloodPressureInsight} and the morning daily signals against mongo-java-server,
 * with readings written as dropbox-ingest writes them ({@link BloodPressureReadings});
 * every expected value is worked out by hand in the test.
 */
@Import({ ReadingRepository.class, BloodPressureInsight.class, MorningSignalsConfiguration.class })
class BloodPressureInsightTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private BloodPressureInsight insight;

	@Autowired
	private List<DailySignal> signals;

	@Test
	void answersInsufficientDataWithoutReadings() {
		BloodPressureReadings.write(this.template, "alex", Instant.parse("2026-03-10T06:30:00Z"), BERLIN, 150, 95, 70,
				1);
		Insight answer = this.insight.compute(request("demo", "2026-03-12"));
		assertThat(answer.kind()).isEqualTo("blood-pressure");
		assertThat(answer.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(answer.missing()).singleElement().asString().contains("Blood-pressure readings");
		assertThat(answer.inputs())
			.containsExactly(new InsightInput("blood-pressure readings", null, null, 0, List.of()));
		assertThat(answer.detail()).isNull();
	}

	@Test
	void splitsMorningAndEveningByTheOffsetStoredWithEachReading() {
		// New York 07:30 EDT (-04:00) is 11:30 UTC and 12:30 in Berlin: a morning
		// reading.
		write("2026-03-10T11:30:00Z", ZoneId.of("America/New_York"), 131, 81);
		// Tokyo 18:00 (+09:00) is 09:00 UTC and 10:00 in Berlin: an evening reading.
		write("2026-03-10T09:00:00Z", ZoneId.of("Asia/Tokyo"), 121, 71);
		// Berlin 13:00 (+01:00): neither.
		write("2026-03-10T12:00:00Z", BERLIN, 111, 61);
		BloodPressureDetail detail = detail(this.insight.compute(request("demo", "2026-03-12")));
		assertThat(detail.readings())
			.extracting(ReadingView::systolic, ReadingView::localDateTime, ReadingView::offset, ReadingView::dayPart)
			.containsExactly(tuple(121, LocalDateTime.parse("2026-03-10T18:00"), "+09:00", "evening"),
					tuple(131, LocalDateTime.parse("2026-03-10T07:30"), "-04:00", "morning"),
					tuple(111, LocalDateTime.parse("2026-03-10T13:00"), "+01:00", "other"));
		assertThat(detail.morning().count()).isEqualTo(1);
		assertThat(detail.morning().systolic()).isEqualTo(131.0);
		assertThat(detail.evening().count()).isEqualTo(1);
		assertThat(detail.evening().systolic()).isEqualTo(121.0);
	}

	@ParameterizedTest(name = "{0} from {1}")
	@CsvSource({ "Europe/Berlin, 2026-03-26", "America/New_York, 2026-10-29" })
	void assessesAWeekAcrossADaylightSavingChangeByLocalDays(String zoneId, String firstDay) {
		// Berlin springs forward on 2026-03-29, New York falls back on 2026-11-01. At
		// 04:15
		// and 23:30 local time, a reading placed with the wrong offset would move out of
		// the
		// morning or into the next day.
		ZoneId zone = ZoneId.of(zoneId);
		LocalDate first = LocalDate.parse(firstDay);
		for (int day = 0; day < 7; day++) {
			LocalDate date = first.plusDays(day);
			int systolic = (day == 0) ? 150 : 132;
			int diastolic = (day == 0) ? 95 : 82;
			for (String time : List.of("04:15", "04:20", "23:30", "23:35")) {
				BloodPressureReadings.write(this.template, "demo",
						LocalDateTime.of(date, LocalTime.parse(time)).atZone(zone).toInstant(), zone, systolic,
						diastolic, 60, 1);
			}
		}
		ProtocolWeek week = detail(this.insight.compute(request("demo", first.plusDays(6).toString()))).protocol();
		assertThat(week).isNotNull();
		assertThat(week.from()).isEqualTo(first);
		assertThat(week.to()).isEqualTo(first.plusDays(6));
		assertThat(week.days()).extracting(ProtocolDay::morning, ProtocolDay::evening).containsOnly(tuple(2, 2));
		// Day 1 (150/95) discarded: 24 readings of 132/82 on days 2-7.
		assertThat(week.readings()).isEqualTo(24);
		assertThat(week.average())
			.isEqualTo(new PeriodAverage(first.plusDays(1), first.plusDays(6), 24, 132.0, 82.0, "stage-1"));
		assertThat(week.validWeekComplete()).isTrue();
		assertThat(week.missing()).isNull();
	}

	@Test
	void averagesTheLastSevenAndThirtyDaysAndCountsTheCategories() {
		LocalDate today = LocalDate.parse("2026-04-30");
		writeOn(today, 130, 85);
		writeOn(today.minusDays(6), 120, 70);
		writeOn(today.minusDays(7), 150, 95);
		writeOn(today.minusDays(29), 110, 70);
		writeOn(today.minusDays(30), 200, 130);
		Insight answer = this.insight.compute(request("demo", today.toString()));
		BloodPressureDetail detail = detail(answer);
		// Last 7 days: (130 + 120) / 2 = 125.0, (85 + 70) / 2 = 77.5: elevated.
		assertThat(detail.last7()).isEqualTo(new PeriodAverage(today.minusDays(6), today, 2, 125.0, 77.5, "elevated"));
		// Last 30 days: (130 + 120 + 150 + 110) / 4 = 127.5, (85 + 70 + 95 + 70) / 4 =
		// 80.0:
		// stage 1 (by the diastolic).
		assertThat(detail.last30()).isEqualTo(new PeriodAverage(today.minusDays(29), today, 4, 127.5, 80.0, "stage-1"));
		assertThat(detail.distribution()).containsExactly(Map.entry("normal", 1), Map.entry("elevated", 1),
				Map.entry("stage-1", 1), Map.entry("stage-2", 1), Map.entry("crisis", 0));
		assertThat(answer.status()).isEqualTo(Insight.OK);
		assertThat(answer.inputs()).containsExactly(
				new InsightInput("blood-pressure readings", today.minusDays(29), today, 4, List.of("dropbox/upload")));
		assertThat(answer.summary()).startsWith(
				"Your average over the last 30 days is 127.5/80.0 mmHg (hypertension " + "stage 1, 4 readings).");
		// The week ends today: day 1 (today - 6) and day 7 have a morning reading each,
		// and
		// only day 7's counts.
		assertThat(answer.missing()).containsExactly("Home-monitoring week: 2 of 7 days, 1 reading; 5 more days, "
				+ "11 more readings, 6 more mornings and 6 more evenings needed.");
	}

	@Test
	void leavesOutOtherUsersAndFilesDeletedInDropbox() {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:30:00Z"), BERLIN, 120, 70, 60,
				1);
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:40:00Z"), BERLIN, 180, 110, 60,
				true);
		BloodPressureReadings.write(this.template, "alex", Instant.parse("2026-03-10T06:50:00Z"), BERLIN, 190, 115, 60,
				1);
		BloodPressureDetail detail = detail(this.insight.compute(request("demo", "2026-03-12")));
		assertThat(detail.readings()).extracting(ReadingView::systolic).containsExactly(120);
	}

	@Test
	void publishesTheMorningMeansAsDailySignals() {
		// 2026-03-10: mornings 130/80 and 134/86, an evening 150/95: systolic (130 + 134)
		// / 2
		// = 132.0, diastolic (80 + 86) / 2 = 83.0. 2026-03-11: an evening only, no value.
		write("2026-03-10T06:00:00Z", BERLIN, 130, 80);
		write("2026-03-10T06:05:00Z", BERLIN, 134, 86);
		write("2026-03-10T19:00:00Z", BERLIN, 150, 95);
		write("2026-03-11T19:00:00Z", BERLIN, 150, 95);
		LocalDate from = LocalDate.parse("2026-03-01");
		LocalDate to = LocalDate.parse("2026-03-31");
		DailyValues systolic = signal("morning-systolic").values(request("demo", "2026-03-31"), from, to);
		DailyValues diastolic = signal("morning-diastolic").values(request("demo", "2026-03-31"), from, to);
		assertThat(systolic.byDate()).isEqualTo(new TreeMap<>(Map.of(LocalDate.parse("2026-03-10"), 132.0)));
		assertThat(systolic.sources()).containsExactly("dropbox/upload");
		assertThat(diastolic.byDate()).isEqualTo(new TreeMap<>(Map.of(LocalDate.parse("2026-03-10"), 83.0)));
		assertThat(signal("morning-systolic").unit()).isEqualTo("mmHg");
	}

	private DailySignal signal(String name) {
		return this.signals.stream().filter((signal) -> signal.name().equals(name)).findFirst().orElseThrow();
	}

	private void write(String instant, ZoneId zone, int systolic, int diastolic) {
		BloodPressureReadings.write(this.template, "demo", Instant.parse(instant), zone, systolic, diastolic, 60, 1);
	}

	private void writeOn(LocalDate date, int systolic, int diastolic) {
		BloodPressureReadings.write(this.template, "demo", date.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC,
				systolic, diastolic, 60, 1);
	}

	private static BloodPressureDetail detail(Insight insight) {
		assertThat(insight.detail()).isInstanceOf(BloodPressureDetail.class);
		return (BloodPressureDetail) insight.detail();
	}

	private static InsightRequest request(String userId, String today) {
		return new InsightRequest(userId, BERLIN, false, LocalDate.parse(today),
				LocalDate.parse(today).atTime(20, 0).toInstant(ZoneOffset.UTC));
	}

}
