package health.falcon.data.insights.correlations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One pair of days a correlation uses: the first signal on {@code xDate} and the second
 * on {@code yDate}, {@code lag} days later.
 *
 * @param xDate the local date of the first signal's value
 * @param yDate the local date of the second signal's value
 * @param x the first signal's value
 * @param y the second signal's value
 */
record PairedDay(LocalDate xDate, LocalDate yDate, double x, double y) {

	/**
	 * Pair two signals' values: every date of the window that has a {@code y} value and
	 * whose date {@code lag} days earlier has an {@code x} value. A day without a value
	 * is left out, never taken as 0.
	 * @param x the first signal's values by date
	 * @param y the second signal's values by date
	 * @param lag the days from {@code x} to {@code y}
	 * @param from the window's first date (of {@code y}), inclusive
	 * @param to the window's last date, inclusive
	 * @return the pairs in date order
	 */
	static List<PairedDay> pair(SortedMap<LocalDate, Double> x, SortedMap<LocalDate, Double> y, int lag, LocalDate from,
			LocalDate to) {
		List<PairedDay> pairs = new ArrayList<>();
		for (Map.Entry<LocalDate, Double> later : y.subMap(from, to.plusDays(1)).entrySet()) {
			LocalDate xDate = later.getKey().minusDays(lag);
			Double earlier = x.get(xDate);
			if (earlier != null && later.getValue() != null) {
				pairs.add(new PairedDay(xDate, later.getKey(), earlier, later.getValue()));
			}
		}
		return pairs;
	}

}
