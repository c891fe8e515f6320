package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.series.SeriesQuery;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.data.stored.NutritionDays;
import health.falcon.data.stored.SleepSessions;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.documents.settings.UserZones;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Blood pressure, HRV and sleep: readings and sessions summed up per day they were
 * measured in, against an in-process mongo-java-server with documents written the way
 * dropbox-ingest and fitbit-service write them ({@link NutritionDays}).
 */
@Import({ DailyMetricsRepository.class, NutritionMetricsRepository.class, ReadingsRepository.class,
		DailyMetricsService.class, UserZones.class })
@EnableConfigurationProperties(PrecedenceProperties.class)
class ReadingMetricsServiceTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:sleep", "run-1",
			Instant.parse("2026-11-01T00:00:00Z"));

	@Autowired
	private DailyMetricsService service;

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), BloodPressureCollection.COLLECTION);
		this.template.remove(new Query(), HrvRecordingsCollection.COLLECTION);
		this.template.remove(new Query(), SleepSessionsCollection.COLLECTION);
		this.template.remove(new Query(), UserSettingsCollection.COLLECTION);
		settings("demo", "Europe/Berlin");
	}

	@Test
	void averagesADayOfBloodPressureWithTheSmallestAndLargestSystolic() {
		bp("2026-03-10T06:00:00Z", BERLIN, 120, 80, 60, 1);
		bp("2026-03-10T18:00:00Z", BERLIN, 130, 90, null, 2);
		MetricSeries day = query("demo", "blood-pressure", "2026-03-10", "2026-03-10", "1d");
		assertThat(day.unit()).isEqualTo("mmHg");
		assertThat(day.source()).isEqualTo("dropbox/upload");
		assertThat(day.points()).singleElement().satisfies((point) -> {
			assertThat(point.t()).isEqualTo(Instant.parse("2026-03-09T23:00:00Z"));
			assertThat(point.value()).isEqualTo(125);
			assertThat(point.min()).isEqualTo(120);
			assertThat(point.max()).isEqualTo(130);
			assertThat(point.systolic()).isEqualTo(125);
			assertThat(point.diastolic()).isEqualTo(85);
			assertThat(point.pulse()).isEqualTo(60);
			assertThat(point.stages()).isNull();
		});
	}

	@Test
	void answersEachReadingForRaw() {
		bp("2026-03-10T06:00:00Z", BERLIN, 120, 80, 60, 1);
		bp("2026-03-10T18:00:00Z", BERLIN, 130, 90, null, 2);
		MetricSeries raw = query("demo", "blood-pressure", "2026-03-10", "2026-03-10", "raw");
		assertThat(raw.resolution()).isEqualTo("raw");
		assertThat(raw.points()).extracting(Point::t)
			.containsExactly(Instant.parse("2026-03-10T06:00:00Z"), Instant.parse("2026-03-10T18:00:00Z"));
		assertThat(raw.points().get(1).pulse()).isNull();
		assertThat(raw.points().get(1).diastolic()).isEqualTo(90);
		MetricSeries morning = query("demo", "blood-pressure", "2026-03-10T00:00:00Z", "2026-03-10T12:00:00Z", "raw");
		assertThat(morning.points()).singleElement().satisfies((point) -> assertThat(point.value()).isEqualTo(120));
	}

	@Test
	void refusesRawOverMoreThanAQuarterAndResolutionsByTheClock() {
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> query("demo", "blood-pressure", "2026-01-01", "2026-12-31", "raw"));
		assertThatExceptionOfType(InvalidSeriesQueryException.class)
			.isThrownBy(() -> query("demo", "hrv-rmssd", "2026-03-10", "2026-03-10", "1h"))
			.satisfies((ex) -> assertThat(ex.getProperties()).extracting("errors")
				.asString()
				.contains("'hrv-rmssd' is answered per reading or per day: use raw, 1d or 1w"));
		assertThatExceptionOfType(InvalidSeriesQueryException.class)
			.isThrownBy(() -> query("demo", "sleep-duration", "2026-03-10", "2026-03-10", "raw"))
			.satisfies((ex) -> assertThat(ex.getProperties()).extracting("errors")
				.asString()
				.contains("'sleep-duration' is a daily metric"));
	}

	@Test
	void putsEveryReadingOfAFlightFromBerlinToDenverOnTheDayItWasMeasuredIn() {
		settings("demo", "America/Denver");
		// Monday to Wednesday in Berlin, the last one at 00:30 on Thursday in Berlin
		// (still Wednesday in Denver); Thursday to Sunday in Denver.
		bp("2026-03-09T07:00:00Z", BERLIN, 120, 80, 60, 1);
		bp("2026-03-11T07:00:00Z", BERLIN, 122, 80, 60, 2);
		bp("2026-03-11T23:30:00Z", BERLIN, 140, 95, 70, 3);
		bp("2026-03-13T03:30:00Z", DENVER, 118, 78, 58, 4);
		MetricSeries days = query("demo", "blood-pressure", "2026-03-09", "2026-03-15", "1d");
		assertThat(days.zone()).isEqualTo("America/Denver");
		assertThat(days.points()).extracting(Point::localDate)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-09", "2026-03-11", "2026-03-12");
		// In today's zone the 23:30 UTC reading would fall on Wednesday; it stays
		// Thursday.
		assertThat(days.points().get(1).value()).isEqualTo(122);
		// 03:30 UTC on the 13th is the evening of the 12th in Denver: Thursday holds
		// both.
		assertThat(days.points().get(2).value()).isEqualTo(129);
		assertThat(days.points().get(2).min()).isEqualTo(118);
		assertThat(days.points().get(2).max()).isEqualTo(140);
		assertThat(days.points().get(2).t()).isEqualTo(Instant.parse("2026-03-12T06:00:00Z"));
		MetricSeries raw = query("demo", "blood-pressure", "2026-03-09", "2026-03-15", "raw");
		assertThat(raw.points()).extracting(Point::localDate)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-09", "2026-03-11", "2026-03-12", "2026-03-12");
	}

	@Test
	void answersBothDaylightSavingDaysAsTheirStoredDates() {
		bp("2026-03-29T00:30:00Z", BERLIN, 120, 80, 60, 1);
		bp("2026-03-29T21:30:00Z", BERLIN, 124, 80, 60, 2);
		bp("2026-10-24T22:30:00Z", BERLIN, 130, 85, 60, 3);
		bp("2026-10-25T22:30:00Z", BERLIN, 134, 85, 60, 4);
		MetricSeries spring = query("demo", "blood-pressure", "2026-03-29", "2026-03-29", "1d");
		assertThat(spring.points()).singleElement().satisfies((point) -> {
			assertThat(point.t()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
			assertThat(point.value()).isEqualTo(122);
		});
		// 00:30 summer time and 23:30 winter time: both on the 25-hour day.
		MetricSeries autumn = query("demo", "blood-pressure", "2026-10-25", "2026-10-26", "1d");
		assertThat(autumn.points()).singleElement().satisfies((point) -> {
			assertThat(point.localDate()).hasToString("2026-10-25");
			assertThat(point.t()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
			assertThat(point.value()).isEqualTo(132);
		});
	}

	@Test
	void leavesOutReadingsOfAFileDeletedInDropboxAndAnotherUsersReadings() {
		bp("2026-03-10T06:00:00Z", BERLIN, 120, 80, 60, 1);
		bp("2026-03-11T06:00:00Z", BERLIN, 150, 95, 60, 2);
		BloodPressureReadings.write(this.template, "other", Instant.parse("2026-03-12T06:00:00Z"), BERLIN, 99, 60, 50,
				3);
		this.template.getCollection(BloodPressureCollection.COLLECTION)
			.updateOne(Filters.eq(BloodPressureCollection.SYSTOLIC, 150), Updates.set("source.deleted", true));
		MetricSeries days = query("demo", "blood-pressure", "2026-03-09", "2026-03-15", "1d");
		assertThat(days.points()).extracting(Point::value).containsExactly(120.0);
	}

	@Test
	void readsTheStatedRmssdAndTheRecomputedOneWhereTheReportHasNone() {
		HrvRecordings.write(this.template, "demo", "sha-1", Instant.parse("2026-03-10T05:00:00Z"), BERLIN, 42.0, 45.0);
		HrvRecordings.write(this.template, "demo", "sha-2", Instant.parse("2026-03-11T05:00:00Z"), BERLIN, null, 38.5);
		HrvRecordings.write(this.template, "demo", "sha-3", Instant.parse("2026-03-11T17:00:00Z"), BERLIN, 50.0, 51.0);
		MetricSeries days = query("demo", "hrv-rmssd", "2026-03-09", "2026-03-15", "1d");
		assertThat(days.unit()).isEqualTo("ms");
		assertThat(days.source()).isEqualTo("dropbox/upload");
		assertThat(days.points()).extracting(Point::value).containsExactly(42.0, 44.3);
		assertThat(days.points().get(1).min()).isEqualTo(38.5);
		assertThat(days.points().get(1).max()).isEqualTo(50);
		MetricSeries week = query("demo", "hrv-rmssd", "2026-03-09", "2026-03-15", "1w");
		assertThat(week.points()).singleElement().satisfies((point) -> {
			assertThat(point.value()).isEqualTo(43.2);
			assertThat(point.min()).isEqualTo(38.5);
			assertThat(point.max()).isEqualTo(50);
		});
	}

	@Test
	void addsUpTheSessionsOfANightWithTheirMinutesPerStage() {
		SleepSessions.write(this.template, "demo", Instant.parse("2026-03-09T22:00:00Z"),
				Instant.parse("2026-03-10T05:30:00Z"), BERLIN, LocalDate.parse("2026-03-10"),
				Map.of("deep", 80, "light", 250, "rem", 90, "wake", 30), GOOGLE_HEALTH);
		SleepSessions.write(this.template, "demo", Instant.parse("2026-03-10T13:00:00Z"),
				Instant.parse("2026-03-10T13:40:00Z"), BERLIN, LocalDate.parse("2026-03-10"),
				Map.of("light", 30, "wake", 10), GOOGLE_HEALTH);
		SleepSessions.write(this.template, "demo", Instant.parse("2026-03-11T22:00:00Z"),
				Instant.parse("2026-03-12T04:00:00Z"), BERLIN, LocalDate.parse("2026-03-12"),
				Map.of("deep", 60, "light", 200, "rem", 60, "wake", 40), GOOGLE_HEALTH);
		MetricSeries nights = query("demo", "sleep-duration", "2026-03-09", "2026-03-15", "1d");
		assertThat(nights.unit()).isEqualTo("min");
		assertThat(nights.source()).isEqualTo("fitbit/google-health");
		assertThat(nights.points()).extracting(Point::localDate)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-10", "2026-03-12");
		assertThat(nights.points().get(0).value()).isEqualTo(450);
		assertThat(nights.points().get(0).stages())
			.isEqualTo(Map.of("deep", 80.0, "light", 280.0, "rem", 90.0, "wake", 40.0));
		assertThat(nights.points().get(0).systolic()).isNull();
		MetricSeries week = query("demo", "sleep-duration", "2026-03-09", "2026-03-15", "1w");
		assertThat(week.points()).singleElement().satisfies((point) -> {
			assertThat(point.value()).isEqualTo(385);
			assertThat(point.min()).isEqualTo(320);
			assertThat(point.max()).isEqualTo(450);
			assertThat(point.stages()).containsEntry("light", 240.0).containsEntry("wake", 40.0);
		});
	}

	private void bp(String instant, ZoneId zone, int systolic, int diastolic, @Nullable Integer pulse, int line) {
		BloodPressureReadings.write(this.template, "demo", Instant.parse(instant), zone, systolic, diastolic, pulse,
				line);
	}

	private void settings(String userId, String zone) {
		this.template.save(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, zone),
				UserSettingsCollection.COLLECTION);
	}

	private MetricSeries query(String userId, String metric, String from, String to, @Nullable String resolution) {
		return this.service.series(userId, metric, SeriesQuery.parse(from, to, resolution, null));
	}

}
