package health.falcon.data.insights.energy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Insight;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.InsightRequest;
import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.NutritionDays;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The energy balance and the nutrition signals on mongo-java-server, with documents
 * written the way diet-service and fitbit-service write them: per-day values and means
 * that never count a missing day, the diary before the export, the weight trend and the
 * implied expenditure on constructed data, too little data, and another user's data.
 */
@Import({ EnergyRepository.class, EnergyBalanceCalculator.class, NutritionSignalsConfiguration.class })
@EnableConfigurationProperties(PrecedenceProperties.class)
class EnergyBalanceCalculatorTests extends MongoSliceSupport {

	private static final LocalDate TODAY = LocalDate.parse("2026-10-25");

	@Autowired
	private EnergyBalanceCalculator calculator;

	@Autowired
	private List<DailySignal> signals;

	@Test
	void comparesEatenAndSpentPerDayAndNeverCountsAMissingDay() {
		NutritionDays.diary(this.template, "demo", TODAY, 2000);
		NutritionDays.export(this.template, "demo", TODAY.minusDays(1), 1800);
		NutritionDays.diary(this.template, "demo", TODAY.minusDays(1), 2200);
		NutritionDays.export(this.template, "demo", TODAY.minusDays(3), 1600);
		DailyActivities.write(this.template, "demo", TODAY, 9000L, 2500.0);
		DailyActivities.write(this.template, "demo", TODAY.minusDays(1), 9000L, 2400.0);
		DailyActivities.write(this.template, "demo", TODAY.minusDays(10), 9000L, 2300.0);
		Insight insight = this.calculator.compute(request("demo", false));
		assertThat(insight.kind()).isEqualTo("energy-balance");
		assertThat(insight.status()).isEqualTo(Insight.OK);
		EnergyBalanceDetail detail = (EnergyBalanceDetail) insight.detail();
		assertThat(detail.days()).hasSize(30);
		assertThat(detail.days().get(29)).isEqualTo(new EnergyDay(TODAY, 2000.0, 2500.0, -500.0, null, null));
		// The diary wins over the export of the same day.
		assertThat(detail.days().get(28))
			.isEqualTo(new EnergyDay(TODAY.minusDays(1), 2200.0, 2400.0, -200.0, null, null));
		assertThat(detail.days().get(27)).isEqualTo(new EnergyDay(TODAY.minusDays(2), null, null, null, null, null));
		// (2000 + 2200 + 1600) / 3 days, not / 7.
		assertThat(detail.caloriesIn().last7().mean()).isCloseTo(5800.0 / 3, within(1e-9));
		assertThat(detail.caloriesIn().last7().days()).isEqualTo(3);
		assertThat(detail.caloriesOut().last7()).isEqualTo(new Means.Mean(2450.0, 2));
		assertThat(detail.caloriesOut().last30()).isEqualTo(new Means.Mean(2400.0, 3));
		assertThat(detail.balance().last30()).isEqualTo(new Means.Mean(-350.0, 2));
		assertThat(detail.weight()).isNull();
		assertThat(detail.implied()).isNull();
		assertThat(insight.inputs()).first()
			.satisfies((input) -> assertThat(input.sources()).containsExactlyInAnyOrder("myfitnesspal/diary",
					"myfitnesspal/export"));
		assertThat(insight.missing()).contains("Weight trend: no weigh-in in the last 365 days.",
				"Implied expenditure: needs at least 14 days of calories eaten (3 found) and 2 weigh-ins (0 found) in "
						+ "the last 28 days.");
	}

	@Test
	void impliesTheExpenditureFromTheIntakeAndTheWeightTrend() {
		linearLoss("demo");
		Insight insight = this.calculator.compute(request("demo", false));
		EnergyBalanceDetail detail = (EnergyBalanceDetail) insight.detail();
		ImpliedExpenditure implied = detail.implied();
		// Weigh-ins each week on a line losing 0.05 kg a day: after 176 days of smoothing
		// the
		// trend runs parallel to it (its lag 0.45 (1 − 0.9^t) kg is constant to 1e-8), so
		// its
		// slope is −0.05 kg a day. 14 logged days of 2100 kcal (the 14 others are not 0):
		// 2100 − 7700 × (−0.05) = 2100 + 385 = 2485 kcal.
		assertThat(implied.intakeDays()).isEqualTo(14);
		assertThat(implied.intakeMean()).isEqualTo(2100.0);
		assertThat(implied.weighIns()).isEqualTo(4);
		assertThat(implied.trendSlopePerDay()).isCloseTo(-0.05, within(1e-6));
		assertThat(implied.expenditure()).isCloseTo(2485, within(0.01));
		assertThat(implied.from()).isEqualTo(TODAY.minusDays(27));
		assertThat(implied.measuredMean()).isNull();
		assertThat(detail.weightUnit()).isEqualTo("kg");
		// Today's weigh-in: 90 − 0.05 × 203 = 79.85; the trend lags by 0.45 kg.
		assertThat(detail.weight().latest()).isCloseTo(79.85, within(1e-9));
		assertThat(detail.weight().trend()).isCloseTo(80.30, within(1e-6));
		assertThat(detail.weight().changePerWeek()).isCloseTo(-0.35, within(1e-6));
		assertThat(detail.days().get(29).trend()).isCloseTo(80.30, within(1e-6));
		assertThat(insight.summary()).contains("imply that you spend about 2485 kcal a day");
	}

	@Test
	void givesWeightsInPoundsForImperialUsers() {
		linearLoss("demo");
		EnergyBalanceDetail detail = (EnergyBalanceDetail) this.calculator.compute(request("demo", true)).detail();
		assertThat(detail.weightUnit()).isEqualTo("lb");
		assertThat(detail.weight().latest()).isCloseTo(79.85 / 0.45359237, within(1e-9));
		assertThat(detail.implied().trendSlopePerDay()).isCloseTo(-0.05 / 0.45359237, within(1e-6));
		assertThat(detail.implied().expenditure()).isCloseTo(2485, within(0.01));
	}

	@Test
	void needsFourteenIntakeDaysForTheImpliedExpenditure() {
		linearLoss("demo");
		this.template.getDb()
			.getCollection("nutrition_days")
			.deleteOne(new Document("_id", "demo/" + TODAY.minusDays(1)));
		Insight insight = this.calculator.compute(request("demo", false));
		assertThat(((EnergyBalanceDetail) insight.detail()).implied()).isNull();
		assertThat(insight.missing()).contains("Implied expenditure: needs at least 14 days of calories eaten "
				+ "(13 found) and 2 weigh-ins (4 found) in the last 28 days.");
	}

	@Test
	void answersInsufficientDataWithoutAnyData() {
		Insight insight = this.calculator.compute(request("nobody", false));
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(insight.detail()).isNull();
		assertThat(insight.missing()).hasSize(4);
	}

	@Test
	void neverUsesAnotherUsersData() {
		linearLoss("other");
		DailyActivities.write(this.template, "other", TODAY, 9000L, 2500.0);
		NutritionDays.diary(this.template, "demo", TODAY, 2000);
		Insight insight = this.calculator.compute(request("demo", false));
		EnergyBalanceDetail detail = (EnergyBalanceDetail) insight.detail();
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(detail).isNull();
		assertThat(signal("sodium").values(request("demo", false), TODAY.minusDays(30), TODAY).byDate()).isEmpty();
		assertThat(signal("calories-in").values(request("demo", false), TODAY.minusDays(30), TODAY).byDate())
			.containsOnlyKeys(TODAY);
	}

	@Test
	void publishesTheNutritionSignalsWithTheChannelPrecedence() {
		NutritionDays.export(this.template, "demo", TODAY, Map.of("kcal", 1800.0, "sodiumMg", 2300.0, "sugarG", 40.0));
		NutritionDays.diary(this.template, "demo", TODAY, Map.of("kcal", 2000.0, "sodiumMg", 2500.0), null);
		NutritionDays.export(this.template, "demo", TODAY.minusDays(1), Map.of("sodiumMg", 1900.0));
		assertThat(this.signals).extracting(DailySignal::name).contains("calories-in", "sodium", "sugar");
		DailySignal sodium = signal("sodium");
		assertThat(sodium.label()).isEqualTo("sodium intake");
		assertThat(sodium.unit()).isEqualTo("mg");
		assertThat(sodium.values(request("demo", false), TODAY.minusDays(1), TODAY).byDate())
			.containsExactlyEntriesOf(new TreeMap<>(Map.of(TODAY.minusDays(1), 1900.0, TODAY, 2500.0)));
		// Sugar only the export holds today: the diary has none, so the export's is used.
		assertThat(signal("sugar").values(request("demo", false), TODAY, TODAY).byDate()).containsEntry(TODAY, 40.0);
		// A configured order: the export first.
		EnergyRepository exportFirst = new EnergyRepository(this.template,
				new PrecedenceProperties(List.of(NutritionChannel.EXPORT)));
		assertThat(exportFirst.nutrient("demo", "kcal", TODAY, TODAY).byDate()).containsEntry(TODAY, 1800.0);
	}

	/**
	 * Weigh-ins every 7 days for 29 weeks up to today on the line 90 − 0.05 kg a day, and
	 * 2100 kcal eaten on every other day of the last 28.
	 */
	private void linearLoss(String userId) {
		LocalDate first = TODAY.minusDays(203);
		for (int day = 0; day <= 203; day += 7) {
			BodyMeasurements.write(this.template, userId, first.plusDays(day), 90 - 0.05 * day, null);
		}
		for (int day = 0; day < 28; day += 2) {
			NutritionDays.diary(this.template, userId, TODAY.minusDays(day + 1), 2100);
		}
	}

	private DailySignal signal(String name) {
		return this.signals.stream().filter((signal) -> signal.name().equals(name)).findFirst().orElseThrow();
	}

	private static InsightRequest request(String userId, boolean imperial) {
		return new InsightRequest(userId, ZoneId.of("Europe/Berlin"), imperial, TODAY,
				Instant.parse("2026-10-25T10:00:00Z"));
	}

}
