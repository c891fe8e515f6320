package health.falcon.data.insights.correlations;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg step-up procedure: p-values adjusted for the number of tests
 * (q-values) so that, among the tests called significant at {@code q ≤ alpha}, the
 * expected share of false discoveries is at most {@code alpha}. The i-th smallest of m
 * p-values becomes {@code min over j ≥ i of p(j) m / j}, at most 1.
 */
final class BenjaminiHochberg {

	private BenjaminiHochberg() {
	}

	/**
	 * Adjust p-values.
	 * @param pValues the raw p-values of all tests
	 * @return the q-values, in the order of {@code pValues}
	 */
	static double[] adjust(double[] pValues) {
		int m = pValues.length;
		Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> pValues[i]));
		double[] adjusted = new double[m];
		double smallest = 1;
		for (int rank = m; rank >= 1; rank--) {
			int index = order[rank - 1];
			smallest = Math.min(smallest, pValues[index] * m / rank);
			adjusted[index] = smallest;
		}
		return adjusted;
	}

}
