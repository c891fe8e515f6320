package health.falcon.data.insights.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightCalculator;
import health.falcon.data.insights.InsightRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The {@code energy-balance} insight: calories eaten ({@code nutrition_days}) against
 * calories spent ({@code daily_activity}) per day with 7- and 30-day means, the weight
 * trend ({@link WeightTrend}) and the expenditure intake and trend imply over the last
 * {@value #IMPLIED_DAYS} days.
 */
@Component
class EnergyBalanceCalculator implements InsightCalculator {

	/** The energy of one kilogram of body weight, kcal. */
	static final double KCAL_PER_KG = 7700;

	static final int IMPLIED_DAYS = 28;

	static final int MINIMUM_INTAKE_DAYS = 14;

	static final int MINIMUM_WEIGH_INS = 2;

	/** The weigh-ins before today the trend starts from. */
	static final int TREND_HISTORY_DAYS = 365;

	private static final double KG_PER_LB = 0.45359237;

	private final EnergyRepository repository;

	EnergyBalanceCalculator(EnergyRepository repository) {
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "energy-balance";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Insight compute(InsightRequest request) {
		LocalDate today = request.today();
		LocalDate from30 = today.minusDays(29);
		LocalDate fromImplied = today.minusDays(IMPLIED_DAYS - 1);
		DailyValues in = this.repository.nutrient(request.userId(), "kcal", from30, today);
		DailyValues out = this.repository.caloriesOut(request.userId(), from30, today);
		DailyValues weights = this.repository.weights(request.userId(), today.minusDays(TREND_HISTORY_DAYS), today);
		SortedMap<LocalDate, Double> trend = WeightTrend.of(weights.byDate());
		SortedMap<LocalDate, Double> balance = balance(in, out);
		double unit = request.imperial() ? 1 / KG_PER_LB : 1;
		ImpliedExpenditure implied = implied(in, out, weights, trend, fromImplied, today, unit);
		WeightSummary weight = weight(weights, trend, fromImplied, today, unit);
		List<EnergyDay> days = days(in, out, balance, weights, trend, from30, today, unit);
		EnergyBalanceDetail detail = new EnergyBalanceDetail(request.imperial() ? "lb" : "kg", days,
				Means.of(in.byDate(), today), Means.of(out.byDate(), today), Means.of(balance, today), weight, implied);
		List<String> missing = missing(in, out, weights, balance, implied, fromImplied, today);
		boolean finding = !balance.isEmpty() || weight != null || implied != null;
		return new Insight(kind(), "Energy balance", finding ? Insight.OK : Insight.INSUFFICIENT_DATA,
				EnergySummary.of(detail), EnergySummary.FORMULAS,
				List.of(input("calories eaten", in), input("calories spent", out), input("weigh-ins", weights)),
				missing, finding ? detail : null);
	}

	private static SortedMap<LocalDate, Double> balance(DailyValues in, DailyValues out) {
		SortedMap<LocalDate, Double> balance = new TreeMap<>();
		in.byDate().forEach((date, kcal) -> {
			Double spent = out.byDate().get(date);
			if (spent != null) {
				balance.put(date, kcal - spent);
			}
		});
		return balance;
	}

	private static List<EnergyDay> days(DailyValues in, DailyValues out, SortedMap<LocalDate, Double> balance,
			DailyValues weights, SortedMap<LocalDate, Double> trend, LocalDate from, LocalDate to, double unit) {
		List<EnergyDay> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			days.add(new EnergyDay(date, in.byDate().get(date), out.byDate().get(date), balance.get(date),
					times(weights.byDate().get(date), unit), times(trend.get(date), unit)));
		}
		return List.copyOf(days);
	}

	private static @Nullable ImpliedExpenditure implied(DailyValues in, DailyValues out, DailyValues weights,
			SortedMap<LocalDate, Double> trend, LocalDate from, LocalDate to, double unit) {
		SortedMap<LocalDate, Double> intake = in.byDate().subMap(from, to.plusDays(1));
		int weighIns = weights.byDate().subMap(from, to.plusDays(1)).size();
		Double slope = WeightTrend.slope(trend, from, to);
		if (intake.size() < MINIMUM_INTAKE_DAYS || weighIns < MINIMUM_WEIGH_INS || slope == null) {
			return null;
		}
		double intakeMean = intake.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		SortedMap<LocalDate, Double> spent = out.byDate().subMap(from, to.plusDays(1));
		Double measured = spent.isEmpty() ? null
				: spent.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return new ImpliedExpenditure(from, to, intakeMean, intake.size(), weighIns, slope * unit,
				intakeMean - KCAL_PER_KG * slope, measured);
	}

	private static @Nullable WeightSummary weight(DailyValues weights, SortedMap<LocalDate, Double> trend,
			LocalDate from, LocalDate to, double unit) {
		if (weights.byDate().isEmpty()) {
			return null;
		}
		LocalDate latest = weights.byDate().lastKey();
		Double slope = WeightTrend.slope(trend, from, to);
		return new WeightSummary(weights.byDate().get(latest) * unit, latest, trend.get(latest) * unit,
				(slope != null) ? slope * 7 * unit : null);
	}

	private static List<String> missing(DailyValues in, DailyValues out, DailyValues weights,
			SortedMap<LocalDate, Double> balance, @Nullable ImpliedExpenditure implied, LocalDate from, LocalDate to) {
		List<String> missing = new ArrayList<>();
		if (in.byDate().isEmpty()) {
			missing.add("Calories eaten: no MyFitnessPal diary or export day in the last 30 days.");
		}
		if (out.byDate().isEmpty()) {
			missing.add("Calories spent: no Fitbit day with energy spent in the last 30 days.");
		}
		if (balance.isEmpty() && !in.byDate().isEmpty() && !out.byDate().isEmpty()) {
			missing.add("Balance: no day in the last 30 days has both calories eaten and calories spent.");
		}
		if (weights.byDate().isEmpty()) {
			missing.add("Weight trend: no weigh-in in the last " + TREND_HISTORY_DAYS + " days.");
		}
		if (implied == null) {
			missing.add(String.format(Locale.ROOT,
					"Implied expenditure: needs at least %d days of calories eaten (%d found) and %d weigh-ins (%d found)"
							+ " in the last %d days.",
					MINIMUM_INTAKE_DAYS, in.byDate().subMap(from, to.plusDays(1)).size(), MINIMUM_WEIGH_INS,
					weights.byDate().subMap(from, to.plusDays(1)).size(), IMPLIED_DAYS));
		}
		return List.copyOf(missing);
	}

	private static InsightInput input(String data, DailyValues values) {
		boolean empty = values.byDate().isEmpty();
		return new InsightInput(data, empty ? null : values.byDate().firstKey(),
				empty ? null : values.byDate().lastKey(), values.byDate().size(), values.sources());
	}

	private static @Nullable Double times(@Nullable Double value, double factor) {
		return (value != null) ? value * factor : null;
	}

}
