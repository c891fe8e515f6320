package health.falcon.data.insights.baselines;

import health.falcon.data.insights.DailySignal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The baselines' daily signals for the correlations: {@code resting-heart-rate} (the
 * day's stored resting heart rate) and {@code rmssd} (the RMSSD of the day's first HRV
 * recording, in ms; not ln-transformed, since rank correlations do not change under the
 * logarithm).
 */
@Configuration(proxyBeanMethods = false)
class BaselineSignalsConfiguration {

	@Bean
	DailySignal restingHeartRateSignal(BaselinesRepository repository) {
		return DailySignal.of("resting-heart-rate", "resting heart rate", "bpm",
				(request, from, to) -> repository.restingHeartRate(request.userId(), from, to));
	}

	@Bean
	DailySignal rmssdSignal(BaselinesRepository repository) {
		return DailySignal.of("rmssd", "heart-rate variability (RMSSD)", "ms",
				(request, from, to) -> repository.rmssd(request.userId(), from, to));
	}

}
