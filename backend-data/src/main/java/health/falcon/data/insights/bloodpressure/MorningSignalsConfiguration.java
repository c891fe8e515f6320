package health.falcon.data.insights.bloodpressure;

import health.falcon.data.insights.DailySignal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes the blood-pressure daily signals for the correlations:
 * {@code morning-systolic} and {@code morning-diastolic}.
 */
@Configuration(proxyBeanMethods = false)
class MorningSignalsConfiguration {

	@Bean
	DailySignal morningSystolicSignal(ReadingRepository repository) {
		return new MorningSignal(repository, "morning-systolic", "morning systolic blood pressure", Reading::systolic);
	}

	@Bean
	DailySignal morningDiastolicSignal(ReadingRepository repository) {
		return new MorningSignal(repository, "morning-diastolic", "morning diastolic blood pressure",
				Reading::diastolic);
	}

}
