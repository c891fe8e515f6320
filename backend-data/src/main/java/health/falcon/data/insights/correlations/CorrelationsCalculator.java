package health.falcon.data.insights.correlations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightCalculator;
import health.falcon.data.insights.InsightRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The {@code correlations} insight: for each {@link SignalPair}, Spearman's rho of the
 * earlier signal on day d against the later one on day d + lag (0 to 3) over the last
 * {@value #WINDOW_DAYS} days, at least {@value Correlation#MINIMUM_PAIRS} paired days per
 * test, the p-values of all tests adjusted together (Benjamini–Hochberg); a finding is
 * the lag of a pair with the smallest q-value at or below 0.05. Reads only through the
 * {@link DailySignal} beans, so it needs no stored data of its own.
 */
@Component
class CorrelationsCalculator implements InsightCalculator {

	static final int WINDOW_DAYS = 180;

	static final String CAVEAT = "Correlation is not causation: a relation between two of your signals can come from "
			+ "something else that changes both, and it says nothing about what would happen if you changed one.";

	static final List<String> NOT_AVAILABLE = List.of(
			"Alcohol: MyFitnessPal's diary and export record no alcohol, so no alcohol signal can be compared.",
			"Late meals: MyFitnessPal's diary records no meal times, so late meals cannot be computed.");

	private static final Logger logger = LoggerFactory.getLogger(CorrelationsCalculator.class);

	private final Map<String, DailySignal> signals = new LinkedHashMap<>();

	CorrelationsCalculator(List<DailySignal> signals) {
		signals.forEach((signal) -> this.signals.putIfAbsent(signal.name(), signal));
	}

	@Override
	public String kind() {
		return "correlations";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Insight compute(InsightRequest request) {
		LocalDate to = request.today();
		LocalDate from = to.minusDays(WINDOW_DAYS - 1);
		Map<String, @Nullable DailyValues> read = new HashMap<>();
		List<String> missing = new ArrayList<>();
		PairTests tests = new PairTests(from, to);
		List<PairResult> absent = new ArrayList<>();
		for (SignalPair pair : SignalPair.ALL) {
			DailySignal x = this.signals.get(pair.x());
			DailySignal y = this.signals.get(pair.y());
			if (x == null || y == null) {
				missing.add(pair.x() + " → " + pair.y() + ": the signal '" + ((x == null) ? pair.x() : pair.y())
						+ "' is not available.");
				absent.add(new PairResult(pair.x(), label(x), unit(x), pair.y(), label(y), unit(y), "signal-missing",
						List.of(), null));
				continue;
			}
			DailyValues xValues = values(read, x, request, from);
			DailyValues yValues = values(read, y, request, from);
			if (xValues == null || yValues == null) {
				missing.add(pair.x() + " → " + pair.y() + ": the signal '" + ((xValues == null) ? pair.x() : pair.y())
						+ "' could not be read right now.");
				absent.add(new PairResult(pair.x(), x.label(), x.unit(), pair.y(), y.label(), y.unit(),
						"signal-unavailable", List.of(), null));
				continue;
			}
			tests.add(pair, x, xValues, y, yValues);
		}
		List<PairResult> results = new ArrayList<>(tests.results());
		results.addAll(absent);
		// In the order of SignalPair.ALL, whatever happened to each pair.
		results
			.sort(Comparator.comparingInt((result) -> SignalPair.ALL.indexOf(new SignalPair(result.x(), result.y()))));
		missing.addAll(tooFew(results));
		missing.addAll(NOT_AVAILABLE);
		CorrelationsDetail detail = new CorrelationsDetail(from, to, Correlation.MINIMUM_PAIRS,
				PairTests.FALSE_DISCOVERY_RATE, "benjamini-hochberg", tests.count(), List.copyOf(results), CAVEAT);
		return new Insight(kind(), "Correlations across your data",
				(tests.count() > 0) ? Insight.OK : Insight.INSUFFICIENT_DATA, summary(tests.count(), results),
				formulas(), inputs(read), List.copyOf(missing), detail);
	}

	private static @Nullable DailyValues values(Map<String, @Nullable DailyValues> read, DailySignal signal,
			InsightRequest request, LocalDate from) {
		if (read.containsKey(signal.name())) {
			return read.get(signal.name());
		}
		DailyValues values;
		try {
			values = signal.values(request, from.minusDays(PairTests.MAX_LAG), request.today());
		}
		catch (RuntimeException ex) {
			// The exception's type only: a message may carry a user's values.
			logger.error("Daily signal {} failed with {}", signal.name(), ex.getClass().getName());
			values = null;
		}
		read.put(signal.name(), values);
		return values;
	}

	private static List<String> tooFew(List<PairResult> results) {
		return results.stream()
			.filter((result) -> result.status().equals("insufficient-data"))
			.map((result) -> result.x() + " → " + result.y() + ": at most "
					+ result.lags().stream().mapToInt(LagResult::n).max().orElse(0) + " paired days in the last "
					+ WINDOW_DAYS + " days, " + Correlation.MINIMUM_PAIRS + " needed.")
			.toList();
	}

	private static String summary(int tests, List<PairResult> results) {
		List<String> sentences = results.stream()
			.filter((result) -> result.finding() != null)
			.map((result) -> result.finding().sentence())
			.toList();
		if (tests == 0) {
			return "Too few days with both values of a pair to compare them yet.";
		}
		if (sentences.isEmpty()) {
			return "No relation between your signals stood out from chance in the last " + WINDOW_DAYS + " days. "
					+ CAVEAT;
		}
		return String.join(" ", sentences) + " " + CAVEAT;
	}

	private static List<String> formulas() {
		return List.of(
				"Spearman's rho of signal x on day d against signal y on day d + lag, lag 0 to 3 days, over the "
						+ "last " + WINDOW_DAYS + " days; only days with both values count, at least "
						+ Correlation.MINIMUM_PAIRS + " of them.",
				"p-value: two-sided, t = rho √((n − 2) / (1 − rho²)) on Student's t with n − 2 degrees of freedom.",
				"95% interval: tanh(atanh(rho) ± 1.96 √((1 + rho²/2) / (n − 3))) (Fisher z, Bonett–Wright).",
				"All tests' p-values adjusted together (Benjamini–Hochberg); a finding has q ≤ 0.05.",
				"Strength: |rho| < 0.1 negligible, < 0.3 weak, < 0.5 moderate, otherwise strong.");
	}

	private List<InsightInput> inputs(Map<String, @Nullable DailyValues> read) {
		List<InsightInput> inputs = new ArrayList<>();
		this.signals.values().stream().filter((signal) -> read.get(signal.name()) != null).forEach((signal) -> {
			DailyValues values = read.get(signal.name());
			boolean empty = values.byDate().isEmpty();
			inputs.add(new InsightInput(signal.label(), empty ? null : values.byDate().firstKey(),
					empty ? null : values.byDate().lastKey(), values.byDate().size(), List.copyOf(values.sources())));
		});
		return inputs;
	}

	private static @Nullable String label(@Nullable DailySignal signal) {
		return (signal != null) ? signal.label() : null;
	}

	private static @Nullable String unit(@Nullable DailySignal signal) {
		return (signal != null) ? signal.unit() : null;
	}

}
