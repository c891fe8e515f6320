package health.falcon.data.insights.correlations;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code detail} of the {@code correlations} insight.
 *
 * @param from the first date of the later signal's window
 * @param to the last date of the window (the user's today)
 * @param minimumPairs the fewest paired days a test needs
 * @param falseDiscoveryRate the q-value at or below which a test is a finding
 * @param correction how p-values are adjusted, {@code benjamini-hochberg}
 * @param tests the number of tests run (and corrected for)
 * @param pairs one result per pair of signals
 * @param caveat that correlation is not causation
 */
record CorrelationsDetail(LocalDate from, LocalDate to, int minimumPairs, double falseDiscoveryRate, String correction,
		int tests, List<PairResult> pairs, String caveat) {

}
