package health.falcon.data.insights.training;

import java.util.List;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code training-load} daily signal for the correlations: the sum of the TRIMPs of a
 * day's activities with heart rate, with the limits of the insight; a day without one has
 * no value.
 */
@Configuration(proxyBeanMethods = false)
class TrainingLoadSignalConfiguration {

	@Bean
	DailySignal trainingLoadSignal(TrainingLoadService service) {
		return DailySignal.of(TrainingLoadCalculator.KIND, "training load", "TRIMP",
				(request, from, to) -> new DailyValues(service.dailyLoads(request, from, to), List.of()));
	}

}
