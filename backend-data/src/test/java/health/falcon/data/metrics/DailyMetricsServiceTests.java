package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.MetricCatalog;
import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.series.SeriesQuery;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.settings.UserZones;
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
 * {@link DailyMetricsService} and {@link DailyMetricsRepository} against an in-process
 * mongo-java-server, with days written the way fitbit-service writes them
 * ({@link DailyActivities}).
 */
@Import({ DailyMetricsRepository.class, NutritionMetricsRepository.class, ReadingsRepository.class,
		DailyMetricsService.class, UserZones.class })
@EnableConfigurationProperties(PrecedenceProperties.class)
class DailyMetricsServiceTests extends MongoSliceSupport {

	private static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:daily", "run-1",
			Instant.parse("2026-11-01T00:00:00Z"));

	/** The week of the spring-forward day in Berlin, Sunday 2026-03-29. */
	private static final LocalDate MONDAY = LocalDate.parse("2026-03-23");

	@Autowired
	private DailyMetricsService service;

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), DailyActivityCollection.COLLECTION);
		this.template.remove(new Query(), HeartRateDaysCollection.COLLECTION);
		this.template.remove(new Query(), "user_settings");
		this.template.save(new Document("_id", "demo").append("timeZone", "Europe/Berlin"), "user_settings");
	}

	@Test
	void answersEachStoredDateOfTheSpringForwardWeekAndLeavesAMissingDayAsAGap() {
		writeWeekOfSteps("demo");
		MetricSeries days = query("demo", "steps", "2026-03-23", "2026-03-29", "1d", null);
		assertThat(days.metric()).isEqualTo("steps");
		assertThat(days.unit()).isEqualTo("count");
		assertThat(days.zone()).isEqualTo("Europe/Berlin");
		assertThat(days.resolution()).isEqualTo("1d");
		assertThat(days.source()).isEqualTo("fitbit/google-health");
		assertThat(days.points()).extracting(Point::localDate)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-23", "2026-03-24", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29");
		assertThat(days.points().get(0).t()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
		assertThat(days.points().get(5).t()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
		assertThat(days.points()).allSatisfy((point) -> {
			assertThat(point.min()).isEqualTo(point.value());
			assertThat(point.max()).isEqualTo(point.value());
		});
		assertThat(days.points().get(5).value()).isEqualTo(7000);
	}

	@Test
	void sumsAWeekOfStepsWithItsSmallestAndLargestDay() {
		writeWeekOfSteps("demo");
		MetricSeries week = query("demo", "steps", "2026-03-23", "2026-03-29", "1w", null);
		assertThat(week.resolution()).isEqualTo("1w");
		assertThat(week.points()).singleElement().satisfies((point) -> {
			assertThat(point.t()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
			assertThat(point.localDate()).isEqualTo(MONDAY);
			assertThat(point.value()).isEqualTo(1000 + 2000 + 4000 + 5000 + 6000 + 7000);
			assertThat(point.min()).isEqualTo(1000);
			assertThat(point.max()).isEqualTo(7000);
		});
	}

	@Test
	void averagesAWeekOfRestingHeartRate() {
		HeartRateDays.resting(this.template, "demo", MONDAY, 60, GOOGLE_HEALTH);
		HeartRateDays.resting(this.template, "demo", MONDAY.plusDays(1), 62, GOOGLE_HEALTH);
		HeartRateDays.resting(this.template, "demo", MONDAY.plusDays(6), 64, GOOGLE_HEALTH);
		MetricSeries week = query("demo", "resting-heart-rate", "2026-03-23", "2026-03-29", "1w", null);
		assertThat(week.unit()).isEqualTo("bpm");
		assertThat(week.source()).isEqualTo("fitbit/google-health");
		assertThat(week.points()).singleElement().satisfies((point) -> {
			assertThat(point.value()).isEqualTo(62);
			assertThat(point.min()).isEqualTo(60);
			assertThat(point.max()).isEqualTo(64);
		});
	}

	@Test
	void readsDistanceAndEnergyFromTheirOwnFields() {
		DailyActivities.write(this.template, "demo", MONDAY, null, 5230.5, 410.0, 2480.0, GOOGLE_HEALTH);
		assertThat(value("distance")).isEqualTo(5230.5);
		assertThat(value("active-energy")).isEqualTo(410);
		assertThat(value("calories-out")).isEqualTo(2480);
		assertThat(query("demo", "steps", "2026-03-23", "2026-03-23", "1d", null).points()).isEmpty();
		assertThat(query("demo", "steps", "2026-03-23", "2026-03-23", "1d", null).source()).isNull();
	}

	@Test
	void turnsInstantsIntoDatesInTheUsersZone() {
		writeWeekOfSteps("demo");
		MetricSeries sunday = query("demo", "steps", "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", "1d", null);
		assertThat(sunday.points()).singleElement()
			.satisfies((point) -> assertThat(point.localDate()).hasToString("2026-03-29"));
	}

	@Test
	void choosesDaysOrWeeksForMaxPoints() {
		writeWeekOfSteps("demo");
		assertThat(query("demo", "steps", "2026-03-23", "2026-03-29", null, "7").resolution()).isEqualTo("1d");
		MetricSeries weeks = query("demo", "steps", "2026-03-16", "2026-03-29", null, "2");
		assertThat(weeks.resolution()).isEqualTo("1w");
		assertThat(weeks.points()).hasSize(1);
		assertThat(query("demo", "steps", "2026-03-16", "2026-03-29", null, "1").points()).singleElement()
			.satisfies((point) -> assertThat(point.value()).isEqualTo(25000));
	}

	@Test
	void keepsTwoUsersApart() {
		writeWeekOfSteps("demo");
		DailyActivities.write(this.template, "other", MONDAY.plusDays(2), 99999L, null, null, null, GOOGLE_HEALTH);
		assertThat(query("demo", "steps", "2026-03-23", "2026-03-29", "1d", null).points())
			.noneMatch((point) -> point.value() == 99999);
		assertThat(query("other", "steps", "2026-03-23", "2026-03-29", "1d", null).points()).singleElement()
			.satisfies((point) -> assertThat(point.value()).isEqualTo(99999));
		assertThat(this.service.catalog("other").metrics()).filteredOn(MetricCatalog.Metric::hasData)
			.extracting(MetricCatalog.Metric::metric)
			.containsExactly("steps");
	}

	@Test
	void listsEveryMetricWithWhetherTheUserHasData() {
		writeWeekOfSteps("demo");
		HeartRateDays.resting(this.template, "demo", MONDAY, 60, GOOGLE_HEALTH);
		assertThat(this.service.catalog("demo").metrics()).startsWith(
				new MetricCatalog.Metric("heart-rate", "bpm", false), new MetricCatalog.Metric("steps", "count", true),
				new MetricCatalog.Metric("distance", "m", false),
				new MetricCatalog.Metric("active-energy", "kcal", false),
				new MetricCatalog.Metric("calories-out", "kcal", false),
				new MetricCatalog.Metric("resting-heart-rate", "bpm", true));
		assertThat(this.service.catalog("nobody").metrics()).noneMatch(MetricCatalog.Metric::hasData);
	}

	@Test
	void refusesAnUnknownMetric() {
		assertThatExceptionOfType(UnknownMetricException.class)
			.isThrownBy(() -> query("demo", "blood-sugar", "2026-03-23", "2026-03-29", "1d", null))
			.satisfies((ex) -> {
				assertThat(ex.getType()).hasToString("https://falcon.health/problems/unknown-metric");
				assertThat(ex.getStatus().value()).isEqualTo(404);
			});
	}

	@Test
	void refusesResolutionsFinerThanADayForADailyMetric() {
		for (String resolution : new String[] { "raw", "1min", "5min", "1h" }) {
			assertThatExceptionOfType(InvalidSeriesQueryException.class)
				.isThrownBy(() -> query("demo", "steps", "2026-03-23", "2026-03-29", resolution, null))
				.satisfies((ex) -> assertThat(ex.getProperties()).extracting("errors")
					.asString()
					.contains("'steps' is a daily metric: use 1d or 1w, or maxPoints"));
		}
	}

	@Test
	void refusesAnInstantStartAfterADateEnd() {
		assertThatExceptionOfType(InvalidSeriesQueryException.class)
			.isThrownBy(() -> query("demo", "steps", "2026-04-01T00:00:00Z", "2026-03-29", "1d", null));
	}

	@Test
	void refusesDaysOverMoreThanTenThousandDays() {
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> query("demo", "steps", "1990-01-01", "2026-03-29", "1d", null));
		assertThat(query("demo", "steps", "1990-01-01", "2026-03-29", "1w", null).points()).isEmpty();
	}

	private double value(String metric) {
		return query("demo", metric, "2026-03-23", "2026-03-23", "1d", null).points().get(0).value();
	}

	/** A week of steps from Monday, without Wednesday. */
	private void writeWeekOfSteps(String userId) {
		for (int i = 0; i < 7; i++) {
			if (i != 2) {
				DailyActivities.write(this.template, userId, MONDAY.plusDays(i), (i + 1) * 1000L, null, null, null,
						GOOGLE_HEALTH);
			}
		}
	}

	private MetricSeries query(String userId, String metric, String from, String to, @Nullable String resolution,
			@Nullable String maxPoints) {
		return this.service.series(userId, metric, SeriesQuery.parse(from, to, resolution, maxPoints));
	}

}
