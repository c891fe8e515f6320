package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's heart-rate time series as an HTTP interface: backend-data serves it,
 * backend-server calls it in the {@code backend-data} HTTP service group with the
 * signed-in user's token. The answer is scoped to that token's subject.
 */
@HttpExchange
public interface HeartRateClient {

	/** The largest {@code maxPoints} accepted. */
	int MAX_POINTS = 10_000;

	/**
	 * Return the user's heart rate between two local dates (in the user's zone) or
	 * instants. The parameters travel as the browser sent them, so that backend-data
	 * alone validates them.
	 * @param from the first local date ({@code YYYY-MM-DD}, inclusive) or instant
	 * @param to the last local date ({@code YYYY-MM-DD}, inclusive) or instant
	 * (exclusive)
	 * @param resolution {@code raw}, {@code 1min}, {@code 5min}, {@code 1h}, {@code 1d}
	 * or {@code 1w}, or {@code null} when {@code maxPoints} is given
	 * @param maxPoints at most this many points (1 to {@value #MAX_POINTS}), or
	 * {@code null}
	 * @return the series, never {@code null}
	 */
	@GetExchange("/metrics/heart-rate")
	MetricSeries heartRate(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String maxPoints);

}
