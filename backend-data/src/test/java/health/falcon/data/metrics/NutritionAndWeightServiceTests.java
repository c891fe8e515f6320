package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.MetricCatalog;
import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.series.SeriesQuery;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.NutritionDays;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.settings.UserSettingsCollection;
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

/**
 * The nutrition metrics (precedence between the diary and the export), weight and the
 * user's unit system, against an in-process mongo-java-server with documents written the
 * way diet-service and fitbit-service write them ({@link NutritionDays},
 * {@link DailyActivities}).
 */
@Import({ DailyMetricsRepository.class, NutritionMetricsRepository.class, ReadingsRepository.class,
		DailyMetricsService.class, UserZones.class })
@EnableConfigurationProperties(PrecedenceProperties.class)
class NutritionAndWeightServiceTests extends MongoSliceSupport {

	private static final LocalDate MONDAY = LocalDate.parse("2026-03-23");

	@Autowired
	private DailyMetricsService service;

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), NutritionDaysCollection.COLLECTION);
		this.template.remove(new Query(), BodyMeasurementsCollection.COLLECTION);
		this.template.remove(new Query(), DailyActivityCollection.COLLECTION);
		this.template.remove(new Query(), UserSettingsCollection.COLLECTION);
		settings("demo", "Europe/Berlin", "metric");
	}

	@Test
	void prefersTheDiaryWhereBothChannelsHoldTheDayAndNamesTheSourceUsed() {
		NutritionDays.export(this.template, "demo", MONDAY, Map.of("kcal", 1800.0, "proteinG", 90.0));
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2100.0, "proteinG", 110.0), null);
		NutritionDays.export(this.template, "demo", MONDAY.plusDays(1), Map.of("kcal", 1500.0));
		MetricSeries calories = query("demo", "calories-in", "2026-03-23", "2026-03-29", "1d");
		assertThat(calories.unit()).isEqualTo("kcal");
		assertThat(calories.points()).extracting(Point::value).containsExactly(2100.0, 1500.0);
		assertThat(calories.source()).isEqualTo("myfitnesspal/diary,myfitnesspal/export");
		MetricSeries monday = query("demo", "protein", "2026-03-23", "2026-03-23", "1d");
		assertThat(monday.unit()).isEqualTo("g");
		assertThat(monday.source()).isEqualTo("myfitnesspal/diary");
		assertThat(monday.points()).singleElement().satisfies((point) -> assertThat(point.value()).isEqualTo(110));
		// The export stays stored beside the diary.
		Document stored = this.template.findById(NutritionDaysCollection.id("demo", MONDAY), Document.class,
				NutritionDaysCollection.COLLECTION);
		assertThat(stored.get(NutritionDaysCollection.TOTALS, Document.class).get("kcal")).isEqualTo(1800.0);
	}

	@Test
	void fallsBackToTheExportOnceTheDiaryIsPurged() {
		NutritionDays.export(this.template, "demo", MONDAY, Map.of("kcal", 1800.0));
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2100.0), 1500.0);
		NutritionDays.purgeDiary(this.template, "demo");
		MetricSeries calories = query("demo", "calories-in", "2026-03-23", "2026-03-23", "1d");
		assertThat(calories.source()).isEqualTo("myfitnesspal/export");
		assertThat(calories.points()).singleElement().satisfies((point) -> assertThat(point.value()).isEqualTo(1800));
		// An export has no water: without the diary the day is a gap.
		assertThat(query("demo", "water", "2026-03-23", "2026-03-23", "1d").points()).isEmpty();
	}

	@Test
	void takesAMetricTheDiaryLacksFromTheExport() {
		NutritionDays.export(this.template, "demo", MONDAY, Map.of("kcal", 1800.0, "sugarG", 40.0));
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2100.0), null);
		MetricSeries sugar = query("demo", "sugar", "2026-03-23", "2026-03-23", "1d");
		assertThat(sugar.source()).isEqualTo("myfitnesspal/export");
		assertThat(sugar.points()).extracting(Point::value).containsExactly(40.0);
	}

	@Test
	void followsAConfiguredPrecedence() {
		NutritionDays.export(this.template, "demo", MONDAY, Map.of("fatG", 70.0));
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("fatG", 80.0), null);
		NutritionMetricsRepository exportFirst = new NutritionMetricsRepository(this.template,
				new PrecedenceProperties(List.of(NutritionChannel.EXPORT, NutritionChannel.DIARY)));
		assertThat(exportFirst.days("demo", DailyMetric.FAT, MONDAY, MONDAY)).singleElement().satisfies((day) -> {
			assertThat(day.value()).isEqualTo(70);
			assertThat(day.source()).isEqualTo("myfitnesspal/export");
		});
		NutritionMetricsRepository diaryOnly = new NutritionMetricsRepository(this.template,
				new PrecedenceProperties(List.of(NutritionChannel.DIARY)));
		NutritionDays.export(this.template, "demo", MONDAY.plusDays(1), Map.of("fatG", 60.0));
		assertThat(diaryOnly.days("demo", DailyMetric.FAT, MONDAY, MONDAY.plusDays(1))).extracting(Reading::value)
			.containsExactly(80.0);
	}

	@Test
	void readsEveryNutrientFromItsOwnKey() {
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2000.0, "proteinG", 100.0, "carbohydratesG",
				250.0, "fatG", 70.0, "sodiumMg", 2300.0, "sugarG", 50.0), 2000.0);
		assertThat(value("carbohydrates")).isEqualTo(250);
		assertThat(value("fat")).isEqualTo(70);
		assertThat(value("sodium")).isEqualTo(2300);
		assertThat(value("sugar")).isEqualTo(50);
		assertThat(value("water")).isEqualTo(2000);
		assertThat(query("demo", "sodium", "2026-03-23", "2026-03-23", "1d").unit()).isEqualTo("mg");
	}

	@Test
	void sumsAWeekOfNutritionAndLeavesADayWithoutDataAsAGap() {
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2000.0), null);
		NutritionDays.export(this.template, "demo", MONDAY.plusDays(6), Map.of("kcal", 1000.0));
		MetricSeries days = query("demo", "calories-in", "2026-03-23", "2026-03-29", "1d");
		assertThat(days.points()).extracting(Point::localDate)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-23", "2026-03-29");
		MetricSeries week = query("demo", "calories-in", "2026-03-23", "2026-03-29", "1w");
		assertThat(week.points()).singleElement().satisfies((point) -> {
			assertThat(point.value()).isEqualTo(3000);
			assertThat(point.min()).isEqualTo(1000);
			assertThat(point.max()).isEqualTo(2000);
		});
	}

	@Test
	void answersWeightInKilogramsOrPoundsAsTheUserChose() {
		BodyMeasurements.write(this.template, "demo", MONDAY, 80.0, null);
		BodyMeasurements.write(this.template, "demo", MONDAY.plusDays(2), 81.0, null);
		MetricSeries kilograms = query("demo", "weight", "2026-03-23", "2026-03-29", "1w");
		assertThat(kilograms.unit()).isEqualTo("kg");
		assertThat(kilograms.source()).isEqualTo("myfitnesspal/export");
		assertThat(kilograms.points()).singleElement().satisfies((point) -> {
			assertThat(point.value()).isEqualTo(80.5);
			assertThat(point.min()).isEqualTo(80);
			assertThat(point.max()).isEqualTo(81);
		});
		settings("demo", "Europe/Berlin", "imperial");
		MetricSeries pounds = query("demo", "weight", "2026-03-23", "2026-03-23", "1d");
		assertThat(pounds.unit()).isEqualTo("lb");
		assertThat(pounds.points()).extracting(Point::value).containsExactly(176.37);
	}

	@Test
	void convertsDistanceAndWaterForImperialUsersAndKeepsTheRest() {
		settings("demo", "Europe/Berlin", "imperial");
		DailyActivities.write(this.template, "demo", MONDAY, 8000L, 16093.44, 400.0, 2400.0,
				new Source("fitbit", "google-health:daily", "run-1", Instant.parse("2026-11-01T00:00:00Z")));
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2000.0, "sugarG", 30.0), 1000.0);
		MetricSeries distance = query("demo", "distance", "2026-03-23", "2026-03-23", "1d");
		assertThat(distance.unit()).isEqualTo("mi");
		assertThat(distance.points()).extracting(Point::value).containsExactly(10.0);
		MetricSeries water = query("demo", "water", "2026-03-23", "2026-03-23", "1d");
		assertThat(water.unit()).isEqualTo("fl oz");
		assertThat(water.points()).extracting(Point::value).containsExactly(33.81);
		assertThat(query("demo", "sugar", "2026-03-23", "2026-03-23", "1d").unit()).isEqualTo("g");
		assertThat(query("demo", "steps", "2026-03-23", "2026-03-23", "1d").points()).extracting(Point::value)
			.containsExactly(8000.0);
		assertThat(this.service.catalog("demo").metrics()).extracting(MetricCatalog.Metric::unit)
			.contains("mi", "fl oz", "lb")
			.doesNotContain("m", "ml", "kg");
	}

	@Test
	void listsTheNewMetricsWithWhetherTheUserHasData() {
		NutritionDays.diary(this.template, "demo", MONDAY, Map.of("kcal", 2000.0), null);
		BodyMeasurements.write(this.template, "demo", MONDAY, 80.0, null);
		List<MetricCatalog.Metric> metrics = this.service.catalog("demo").metrics();
		assertThat(metrics).extracting(MetricCatalog.Metric::metric)
			.containsExactly("heart-rate", "steps", "distance", "active-energy", "calories-out", "resting-heart-rate",
					"calories-in", "protein", "carbohydrates", "fat", "sodium", "sugar", "water", "weight", "hrv-rmssd",
					"sleep-duration", "blood-pressure");
		assertThat(metrics).filteredOn(MetricCatalog.Metric::hasData)
			.extracting(MetricCatalog.Metric::metric)
			.containsExactly("calories-in", "weight");
		assertThat(this.service.catalog("other").metrics()).noneMatch(MetricCatalog.Metric::hasData);
	}

	@Test
	void neverShowsOneUserAnothersNutrition() {
		NutritionDays.diary(this.template, "other", MONDAY, Map.of("kcal", 9999.0), null);
		assertThat(query("demo", "calories-in", "2026-03-23", "2026-03-29", "1d").points()).isEmpty();
	}

	private double value(String metric) {
		return query("demo", metric, "2026-03-23", "2026-03-23", "1d").points().get(0).value();
	}

	private void settings(String userId, String zone, String units) {
		this.template.save(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, zone)
			.append(UserSettingsCollection.UNITS, units), UserSettingsCollection.COLLECTION);
	}

	private MetricSeries query(String userId, String metric, String from, String to, @Nullable String resolution) {
		return this.service.series(userId, metric, SeriesQuery.parse(from, to, resolution, null));
	}

}
