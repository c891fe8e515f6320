package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.InsightCalculator;
import health.falcon.data.insights.InsightRequest;
import health.falcon.documents.settings.HeartRateSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The {@code training-load} insight: the TRIMP of each activity, the daily load and
 * fitness, fatigue and form over the last 90 days (see {@link TrainingLoadService},
 * {@link ActivityScorer}, {@link LoadModel} and {@link LimitsEstimator}).
 */
@Component
class TrainingLoadCalculator implements InsightCalculator {

	static final String KIND = "training-load";

	private final TrainingLoadService service;

	TrainingLoadCalculator(TrainingLoadService service) {
		this.service = service;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Insight compute(InsightRequest request) {
		TrainingLoad load = this.service.compute(request);
		List<InsightInput> inputs = inputs(load);
		HeartRateLimits limits = load.limits();
		if (limits == null) {
			return new Insight(KIND, "Training load", Insight.INSUFFICIENT_DATA,
					"The training load needs your maximum and resting heart rate; set them in the settings or sync more heart-rate data.",
					formulas(load), inputs, missingLimits(load), null);
		}
		List<ActivityLoad> shown = load.activities()
			.stream()
			.filter((activity) -> !activity.date().isBefore(load.shownFrom()))
			.sorted(Comparator.comparing(ActivityLoad::start).reversed())
			.map(ActivityLoad::rounded)
			.toList();
		SortedMap<LocalDate, Double> daily = TrainingLoad.daily(load.activities());
		List<LoadPoint> series = LoadModel
			.points(daily, load.to(), load.settings().fitnessDays(), load.settings().fatigueDays())
			.stream()
			.filter((point) -> !point.date().isBefore(load.shownFrom()))
			.map(LoadPoint::rounded)
			.toList();
		LoadPoint current = series.isEmpty() ? null : series.get(series.size() - 1);
		TrainingLoadDetail detail = new TrainingLoadDetail(load.shownFrom(), load.to(), rounded(limits),
				new TrainingLoadDetail.Model(load.formula().setting(), load.formula().a(), load.formula().b(),
						load.settings().fitnessDays(), load.settings().fatigueDays(), load.readFrom()),
				current, days(shown), series, shown);
		long scored = shown.stream().filter(ActivityLoad::scored).count();
		long unscored = shown.size() - scored;
		if (scored == 0) {
			return new Insight(KIND, "Training load", Insight.INSUFFICIENT_DATA,
					"No activity with heart rate in the last 90 days.", formulas(load), inputs,
					List.of("an activity with heart rate (average or intraday) between " + load.shownFrom() + " and "
							+ load.to()),
					detail);
		}
		return new Insight(KIND, "Training load", Insight.OK, summary(current, scored, unscored, limits),
				formulas(load), inputs,
				(unscored > 0) ? List.of(unscored + ((unscored == 1) ? " activity" : " activities")
						+ " without heart rate (listed with hrSource none)") : List.of(),
				detail);
	}

	private static String summary(@Nullable LoadPoint current, long scored, long unscored, HeartRateLimits limits) {
		StringBuilder summary = new StringBuilder();
		if (current != null) {
			summary.append(String.format(Locale.ROOT,
					"Today: fitness %.1f, fatigue %.1f, form %.1f, from %d activities with heart rate in the last 90 days",
					current.fitness(), current.fatigue(), current.form(), scored));
		}
		if (unscored > 0) {
			summary.append(" (%d without heart rate, left out)".formatted(unscored));
		}
		summary.append('.');
		if (limits.estimated()) {
			summary
				.append(" Your maximum and resting heart rate are estimated from your data; set them in the settings.");
		}
		return summary.toString();
	}

	private static List<TrainingLoadDetail.DayLoad> days(List<ActivityLoad> shown) {
		Map<LocalDate, int[]> counts = new TreeMap<>();
		Map<LocalDate, Double> loads = new TreeMap<>();
		for (ActivityLoad activity : shown) {
			int[] count = counts.computeIfAbsent(activity.date(), (date) -> new int[2]);
			if (activity.trimp() != null) {
				count[0]++;
				loads.merge(activity.date(), activity.trimp(), Double::sum);
			}
			else {
				count[1]++;
			}
		}
		List<TrainingLoadDetail.DayLoad> days = new ArrayList<>();
		counts.forEach((date, count) -> days
			.add(new TrainingLoadDetail.DayLoad(date, Rounding.round(loads.get(date)), count[0], count[1])));
		return days;
	}

	private static HeartRateLimits rounded(HeartRateLimits limits) {
		return new HeartRateLimits(limits.estimated(), rounded(limits.max()), rounded(limits.resting()));
	}

	private static HeartRateLimit rounded(HeartRateLimit limit) {
		return new HeartRateLimit(Rounding.round(limit.bpm()), limit.estimated(), limit.from(), limit.date());
	}

	private static List<String> missingLimits(TrainingLoad load) {
		List<String> missing = new ArrayList<>();
		if (load.max() == null) {
			missing.add(
					"maximum heart rate: enter yours in Settings, or have an activity's maximum heart rate or intraday heart rate (100-230 bpm) between "
							+ load.readFrom() + " and " + load.to());
		}
		if (load.resting() == null) {
			missing.add("resting heart rate: enter yours in Settings, or have at least "
					+ LimitsEstimator.MINIMUM_RESTING_DAYS + " days of resting heart rate within 30 days between "
					+ load.readFrom() + " and " + load.to());
		}
		if (load.max() != null && load.resting() != null) {
			missing.add("a resting heart rate below the maximum heart rate (now " + Rounding.round(load.resting().bpm())
					+ " and " + Rounding.round(load.max().bpm()) + " bpm)");
		}
		return missing;
	}

	private static List<String> formulas(TrainingLoad load) {
		TrimpFormula formula = load.formula();
		HeartRateSettings settings = load.settings();
		return List.of(
				"TRIMP = minutes × HRr × %s × e^(%s × HRr), HRr = (HR − HRrest) / (HRmax − HRrest) held within 0 and 1 (Banister, '%s' coefficients)"
					.formatted(formula.a(), formula.b(), formula.setting()),
				"Heart rate: the intraday per-minute heart rate of the activity's span when at least half of its minutes have it (per-minute TRIMPs summed, scaled by span / covered minutes), else the activity's average heart rate over its moving time",
				"Daily load = the sum of the day's TRIMPs (by the activity's local date)",
				"Fitness (CTL) = yesterday's CTL + (load − yesterday's CTL) / %d; fatigue (ATL) = yesterday's ATL + (load − yesterday's ATL) / %d; a day without activity has load 0"
					.formatted(settings.fitnessDays(), settings.fatigueDays()),
				"Form = yesterday's fitness − yesterday's fatigue",
				"Estimates until set: HRmax = the highest activity maximum or intraday per-minute maximum (100-230 bpm), HRrest = the lowest 30-day median of the daily resting heart rate");
	}

	private static List<InsightInput> inputs(TrainingLoad load) {
		List<InsightInput> inputs = new ArrayList<>();
		List<StoredActivity> activities = load.stored();
		LinkedHashSet<String> sources = new LinkedHashSet<>();
		activities.stream().map(StoredActivity::source).filter(Objects::nonNull).forEach(sources::add);
		inputs.add(new InsightInput("activities", activities.isEmpty() ? null : activities.get(0).date(),
				activities.isEmpty() ? null : activities.get(activities.size() - 1).date(), activities.size(),
				List.copyOf(sources)));
		inputs.add(new InsightInput("intraday heart rate (minutes)", null, null, load.intradayMinutes(), List.of()));
		SortedMap<LocalDate, Integer> resting = load.days().resting();
		inputs.add(new InsightInput("resting heart rate (days)", resting.isEmpty() ? null : resting.firstKey(),
				resting.isEmpty() ? null : resting.lastKey(), resting.size(), load.days().sources()));
		return inputs;
	}

}
