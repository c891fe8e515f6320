package health.falcon.data.insights.baselines;

import java.time.LocalDate;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;

import org.springframework.stereotype.Component;

/**
 * The {@code resting-heart-rate} daily signal: the day's stored resting heart rate.
 */
@Component
class RestingHeartRateSignal implements DailySignal {

	private final BaselinesRepository repository;

	RestingHeartRateSignal(BaselinesRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "resting-heart-rate";
	}

	@Override
	public String label() {
		return "resting heart rate";
	}

	@Override
	public String unit() {
		return "bpm";
	}

	@Override
	public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
		return this.repository.restingHeartRate(request.userId(), from, to);
	}

}
