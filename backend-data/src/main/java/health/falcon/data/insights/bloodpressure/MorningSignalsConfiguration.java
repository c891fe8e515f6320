package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;

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
		return morning("morning-systolic", "morning systolic blood pressure", repository, Reading::systolic);
	}

	@Bean
	DailySignal morningDiastolicSignal(ReadingRepository repository) {
		return morning("morning-diastolic", "morning diastolic blood pressure", repository, Reading::diastolic);
	}

	/**
	 * A signal of the mean pressure of each day's morning readings (04:00-11:59 in each
	 * reading's own offset); a day without a morning reading has no value.
	 */
	private static DailySignal morning(String name, String label, ReadingRepository repository,
			ToIntFunction<Reading> pressure) {
		return DailySignal.of(name, label, "mmHg", (request, from, to) -> {
			List<Reading> mornings = Readings.in(repository.find(request.userId(), from, to), DayPart.MORNING);
			SortedMap<LocalDate, Double> byDate = new TreeMap<>(mornings.stream()
				.collect(Collectors.groupingBy(Reading::localDate, Collectors.averagingInt(pressure))));
			return new DailyValues(byDate, Readings.sources(mornings));
		});
	}

}
