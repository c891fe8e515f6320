package health.falcon.data.insights.sleep;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sleep signals this kind publishes for the correlations, one value per night on the
 * local date it ends on: {@code sleep-duration} (minutes asleep) and
 * {@code sleep-efficiency} (percent).
 */
@Configuration(proxyBeanMethods = false)
class SleepSignalsConfiguration {

	@Bean
	DailySignal sleepDurationSignal(NightsRepository repository) {
		return nightly("sleep-duration", "sleep duration", "min", repository,
				(night) -> (night.minutesAsleep() != null) ? night.minutesAsleep().doubleValue() : null);
	}

	@Bean
	DailySignal sleepEfficiencySignal(NightsRepository repository) {
		return nightly("sleep-efficiency", "sleep efficiency", "%", repository, Night::efficiency);
	}

	private static DailySignal nightly(String name, String label, String unit, NightsRepository repository,
			Function<Night, @Nullable Double> value) {
		return DailySignal.of(name, label, unit, (request, from, to) -> {
			SortedMap<LocalDate, Double> byDate = new TreeMap<>();
			LinkedHashSet<String> sources = new LinkedHashSet<>();
			for (Night night : repository.nights(request.userId(), request.zone(), from, to)) {
				Double v = value.apply(night);
				if (v != null) {
					byDate.put(night.date(), v);
					if (night.source() != null) {
						sources.add(night.source());
					}
				}
			}
			return new DailyValues(byDate, List.copyOf(sources));
		});
	}

}
