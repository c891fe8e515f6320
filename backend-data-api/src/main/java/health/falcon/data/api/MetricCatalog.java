package health.falcon.data.api;

import java.util.List;

/**
 * Every metric backend-data answers series for, and which of them the user has data for.
 *
 * @param metrics the metrics, in a fixed order
 */
public record MetricCatalog(List<Metric> metrics) {

	/**
	 * One metric of the catalog.
	 *
	 * @param metric the name used in {@code /metrics/{metric}}
	 * @param unit the unit of its values ({@code bpm}, {@code count}, {@code m},
	 * {@code kcal})
	 * @param hasData whether the user has at least one stored value of it
	 */
	public record Metric(String metric, String unit, boolean hasData) {

	}

}
