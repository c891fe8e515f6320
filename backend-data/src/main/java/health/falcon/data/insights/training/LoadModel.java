package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Banister's fitness–fatigue model as TrainingPeaks computes it: per day CTL =
 * CTL(yesterday) + (load − CTL(yesterday)) / fitnessDays, likewise ATL with fatigueDays,
 * and form = CTL(yesterday) − ATL(yesterday). Both start at 0 on the first day with a
 * load; a day without a scored activity has load 0 (a rest day, which is how the model
 * decays), though it is no point of the daily load.
 */
final class LoadModel {

	private LoadModel() {
	}

	/**
	 * The model's points from the first day with a load to {@code last}.
	 * @param loads the daily load of each day that has one
	 * @param last the last day to compute
	 * @return a point per day, empty without any load
	 */
	static List<LoadPoint> points(SortedMap<LocalDate, Double> loads, LocalDate last, int fitnessDays,
			int fatigueDays) {
		List<LoadPoint> points = new ArrayList<>();
		if (loads.isEmpty()) {
			return points;
		}
		double fitness = 0;
		double fatigue = 0;
		for (LocalDate day = loads.firstKey(); !day.isAfter(last); day = day.plusDays(1)) {
			double load = loads.getOrDefault(day, 0.0);
			double form = fitness - fatigue;
			fitness += (load - fitness) / fitnessDays;
			fatigue += (load - fatigue) / fatigueDays;
			points.add(new LoadPoint(day, fitness, fatigue, form));
		}
		return points;
	}

}
