package health.falcon.data.insights.energy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hipparchus.stat.regression.SimpleRegression;
import org.jspecify.annotations.Nullable;

/**
 * The smoothed weight trend of The Hacker's Diet: an exponentially weighted moving
 * average, {@code trend(d) = trend(d − 1) + 0.1 (weight(d) − trend(d − 1))}, one step per
 * calendar day, starting at the first weigh-in. A day without a weigh-in between two
 * weigh-ins takes the weight on the straight line between them (as The Hacker's Diet
 * Online fills gaps), so the trend is carried across gaps at the pace of the calendar,
 * not of the weigh-ins; after the last weigh-in it is not extended.
 */
final class WeightTrend {

	/** The smoothing per day. */
	static final double SMOOTHING = 0.1;

	private WeightTrend() {
	}

	/**
	 * Smooth weigh-ins.
	 * @param weighIns the weights by date, any unit
	 * @return the trend of every date from the first to the last weigh-in, in the same
	 * unit; empty without weigh-ins
	 */
	static SortedMap<LocalDate, Double> of(SortedMap<LocalDate, Double> weighIns) {
		SortedMap<LocalDate, Double> trend = new TreeMap<>();
		Double value = null;
		Map.Entry<LocalDate, Double> previous = null;
		for (Map.Entry<LocalDate, Double> weighIn : weighIns.entrySet()) {
			if (previous == null) {
				value = weighIn.getValue();
				trend.put(weighIn.getKey(), value);
			}
			else {
				long days = ChronoUnit.DAYS.between(previous.getKey(), weighIn.getKey());
				for (long day = 1; day <= days; day++) {
					double weight = previous.getValue() + (weighIn.getValue() - previous.getValue()) * day / days;
					value = value + SMOOTHING * (weight - value);
					trend.put(previous.getKey().plusDays(day), value);
				}
			}
			previous = weighIn;
		}
		return trend;
	}

	/**
	 * The least-squares slope of a trend over the dates of a window that it covers.
	 * @param trend the trend by date
	 * @param from the window's first date, inclusive
	 * @param to the window's last date, inclusive
	 * @return the change per day, {@code null} with fewer than two dates
	 */
	static @Nullable Double slope(SortedMap<LocalDate, Double> trend, LocalDate from, LocalDate to) {
		SortedMap<LocalDate, Double> window = trend.subMap(from, to.plusDays(1));
		if (window.size() < 2) {
			return null;
		}
		SimpleRegression regression = new SimpleRegression();
		window.forEach((date, value) -> regression.addData(ChronoUnit.DAYS.between(from, date), value));
		return regression.getSlope();
	}

}
