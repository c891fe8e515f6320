package health.falcon.data.insights.training;

import java.time.LocalDate;

/**
 * Fitness, fatigue and form on one day.
 *
 * @param date the local date
 * @param fitness the chronic training load (CTL) at the end of the day
 * @param fatigue the acute training load (ATL) at the end of the day
 * @param form the training stress balance going into the day: yesterday's fitness −
 * yesterday's fatigue (the TrainingPeaks convention)
 */
record LoadPoint(LocalDate date, double fitness, double fatigue, double form) {

	LoadPoint rounded() {
		return new LoadPoint(this.date, Rounding.round(this.fitness), Rounding.round(this.fatigue),
				Rounding.round(this.form));
	}

}
