package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's metric catalog and any metric's time series as an HTTP interface, called
 * like {@link HeartRateClient} in the {@code backend-data} HTTP service group with the
 * signed-in user's token.
 */
@HttpExchange
public interface MetricsClient {

	/**
	 * Return every metric with its unit and whether the user has data for it.
	 * @return the catalog, never {@code null}
	 */
	@GetExchange("/metrics")
	MetricCatalog catalog();

	/**
	 * Return one metric's series; the parameters are those of
	 * {@link HeartRateClient#heartRate} and travel as the browser sent them. Every metric
	 * but {@code heart-rate} takes {@code 1d}, {@code 1w} or {@code maxPoints};
	 * {@code blood-pressure} and {@code hrv-rmssd} also {@code raw} (each reading).
	 * @param metric the metric, as listed by {@link #catalog()}
	 * @return the series, never {@code null}
	 */
	@GetExchange("/metrics/{metric}")
	MetricSeries series(@PathVariable String metric, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String maxPoints);

}
