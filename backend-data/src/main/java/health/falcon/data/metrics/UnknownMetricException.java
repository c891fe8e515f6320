package health.falcon.data.metrics;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A metric name backend-data does not know: a 404 {@code unknown-metric} problem, since
 * {@code /metrics/{metric}} names a resource that does not exist.
 */
class UnknownMetricException extends ProblemException {

	UnknownMetricException(String metric) {
		super(HttpStatus.NOT_FOUND, "unknown-metric", "Unknown metric",
				"There is no metric '" + metric + "'; GET /metrics lists them.");
	}

}
