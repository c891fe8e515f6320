package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;

import org.springframework.stereotype.Component;

/**
 * The {@code training-load} daily signal: the sum of the TRIMPs of a day's activities
 * with heart rate, with the limits of the insight; a day without one has no value.
 */
@Component
class TrainingLoadSignal implements DailySignal {

	private final TrainingLoadService service;

	TrainingLoadSignal(TrainingLoadService service) {
		this.service = service;
	}

	@Override
	public String name() {
		return TrainingLoadCalculator.KIND;
	}

	@Override
	public String label() {
		return "training load";
	}

	@Override
	public String unit() {
		return "TRIMP";
	}

	@Override
	public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
		return new DailyValues(this.service.dailyLoads(request, from, to), List.of());
	}

}
