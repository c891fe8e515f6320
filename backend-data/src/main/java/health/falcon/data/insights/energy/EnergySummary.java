package health.falcon.data.insights.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The energy balance's sentences for people and its formulas.
 */
final class EnergySummary {

	static final List<String> FORMULAS = List.of(
			"Calories eaten: the MyFitnessPal day's kcal from the first channel of falcon.data.precedence.nutrition "
					+ "that holds it; calories spent: Fitbit's total (basal and active) kcal of the day.",
			"Means over the last 7 and 30 days count only the days with a value; a missing day is never 0. "
					+ "Balance = eaten − spent, on days with both.",
			"Weight trend (The Hacker's Diet): trend(d) = trend(d − 1) + 0.1 × (weight(d) − trend(d − 1)) per day, "
					+ "from the first weigh-in of the last 365 days; days between weigh-ins take the straight line "
					+ "between them.",
			"Implied expenditure = mean calories eaten − 7700 kcal/kg × trend slope (kg per day, least squares) over "
					+ "the last 28 days, with at least 14 days eaten and 2 weigh-ins.");

	private EnergySummary() {
	}

	static String of(EnergyBalanceDetail detail) {
		List<String> sentences = new ArrayList<>();
		Means.Mean in = detail.caloriesIn().last7();
		Means.Mean out = detail.caloriesOut().last7();
		if (in.mean() != null && out.mean() != null) {
			sentences.add(String.format(Locale.ROOT,
					"Over the last 7 days you ate %.0f kcal a day (%d days logged) and spent %.0f kcal a day (%d days).",
					in.mean(), in.days(), out.mean(), out.days()));
		}
		if (detail.weight() != null && detail.weight().changePerWeek() != null) {
			sentences.add(String.format(Locale.ROOT, "Your weight trend is %.1f %s and changes by %+.2f %s a week.",
					detail.weight().trend(), detail.weightUnit(), detail.weight().changePerWeek(),
					detail.weightUnit()));
		}
		if (detail.implied() != null) {
			sentences.add(String.format(Locale.ROOT,
					"Together, what you ate and how your weight moved imply that you spend about %.0f kcal a day.",
					detail.implied().expenditure()));
		}
		return sentences.isEmpty() ? "Too little data yet to compare what you eat with what you spend."
				: String.join(" ", sentences);
	}

}
