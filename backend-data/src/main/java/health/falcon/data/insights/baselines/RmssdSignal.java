package health.falcon.data.insights.baselines;

import java.time.LocalDate;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;

import org.springframework.stereotype.Component;

/**
 * The {@code rmssd} daily signal: the RMSSD of the day's first HRV recording, in ms (not
 * ln-transformed; rank correlations do not change under the logarithm).
 */
@Component
class RmssdSignal implements DailySignal {

	private final BaselinesRepository repository;

	RmssdSignal(BaselinesRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "rmssd";
	}

	@Override
	public String label() {
		return "heart-rate variability (RMSSD)";
	}

	@Override
	public String unit() {
		return "ms";
	}

	@Override
	public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
		return this.repository.rmssd(request.userId(), from, to);
	}

}
