package health.falcon.data.insights.correlations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import org.jspecify.annotations.Nullable;

/**
 * Runs the tests of every pair at every lag, then adjusts all their p-values together, so
 * that the number of pairs and lags tried does not make noise look like a finding.
 */
final class PairTests {

	static final int MAX_LAG = 3;

	static final double FALSE_DISCOVERY_RATE = 0.05;

	private final List<Planned> planned = new ArrayList<>();

	private final List<Correlation> tests = new ArrayList<>();

	private final LocalDate from;

	private final LocalDate to;

	PairTests(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Plan the tests of a pair whose signals are both published.
	 */
	void add(SignalPair pair, DailySignal x, DailyValues xValues, DailySignal y, DailyValues yValues) {
		List<List<PairedDay>> byLag = new ArrayList<>();
		List<Integer> testIndexes = new ArrayList<>();
		for (int lag = 0; lag <= MAX_LAG; lag++) {
			List<PairedDay> days = PairedDay.pair(xValues.byDate(), yValues.byDate(), lag, this.from, this.to);
			byLag.add(days);
			if (days.size() >= Correlation.MINIMUM_PAIRS) {
				testIndexes.add(this.tests.size());
				this.tests.add(Correlation.of(days.stream().mapToDouble(PairedDay::x).toArray(),
						days.stream().mapToDouble(PairedDay::y).toArray()));
			}
			else {
				testIndexes.add(-1);
			}
		}
		this.planned.add(new Planned(pair, x, y, byLag, testIndexes));
	}

	int count() {
		return this.tests.size();
	}

	/**
	 * Adjust the p-values of all tests and name each pair's finding.
	 * @return one result per planned pair, in the order they were added
	 */
	List<PairResult> results() {
		double[] q = BenjaminiHochberg.adjust(this.tests.stream().mapToDouble(Correlation::pValue).toArray());
		List<PairResult> results = new ArrayList<>();
		for (Planned plan : this.planned) {
			List<LagResult> lags = new ArrayList<>();
			for (int lag = 0; lag <= MAX_LAG; lag++) {
				int index = plan.testIndexes().get(lag);
				lags.add((index < 0) ? LagResult.untested(lag, plan.byLag().get(lag).size())
						: LagResult.tested(lag, this.tests.get(index), q[index], FALSE_DISCOVERY_RATE));
			}
			Finding finding = finding(plan, lags);
			String status = (finding != null) ? "finding"
					: lags.stream().anyMatch((lag) -> lag.rho() != null) ? "no-finding" : "insufficient-data";
			results.add(new PairResult(plan.pair().x(), plan.x().label(), plan.x().unit(), plan.pair().y(),
					plan.y().label(), plan.y().unit(), status, List.copyOf(lags), finding));
		}
		return results;
	}

	private static @Nullable Finding finding(Planned plan, List<LagResult> lags) {
		return lags.stream()
			.filter(LagResult::significant)
			.min(Comparator.comparingDouble((LagResult lag) -> lag.qValue())
				.thenComparingDouble((lag) -> -Math.abs(lag.rho())))
			.map((lag) -> new Finding(lag.lag(), lag.n(), lag.rho(), lag.pValue(), lag.qValue(), lag.ciLow(),
					lag.ciHigh(), lag.strength(),
					Sentences.of(plan.x().label(), plan.y().label(), lag.lag(), lag.rho()),
					List.copyOf(plan.byLag().get(lag.lag()))))
			.orElse(null);
	}

	private record Planned(SignalPair pair, DailySignal x, DailySignal y, List<List<PairedDay>> byLag,
			List<Integer> testIndexes) {

	}

}
