package health.falcon.data.metrics;

/**
 * The unit of a metric in each unit system. Values are stored in the metric unit; an
 * imperial answer multiplies them by {@code imperialFactor} and rounds to 0.01. Only
 * mass, distance and volume differ: energy stays kcal, nutrients g or mg, pressure mmHg.
 */
enum MetricUnit {

	COUNT("count", "count", 1), BPM("bpm", "bpm", 1), KCAL("kcal", "kcal", 1), GRAMS("g", "g", 1),
	MILLIGRAMS("mg", "mg", 1), MILLISECONDS("ms", "ms", 1), MINUTES("min", "min", 1), MMHG("mmHg", "mmHg", 1),
	METRES("m", "mi", 1 / 1609.344), MILLILITRES("ml", "fl oz", 1 / 29.5735295625),
	KILOGRAMS("kg", "lb", 1 / 0.45359237);

	private final String metric;

	private final String imperial;

	private final double imperialFactor;

	MetricUnit(String metric, String imperial, double imperialFactor) {
		this.metric = metric;
		this.imperial = imperial;
		this.imperialFactor = imperialFactor;
	}

	/**
	 * The unit's name in a unit system.
	 * @param imperial whether the user chose US customary units
	 */
	String name(boolean imperial) {
		return imperial ? this.imperial : this.metric;
	}

	/**
	 * Express a stored value in a unit system.
	 * @param value the value in the metric unit
	 * @param imperial whether the user chose US customary units
	 * @return the value, converted and rounded to 0.01 where the units differ
	 */
	double convert(double value, boolean imperial) {
		if (!imperial || this.imperialFactor == 1) {
			return value;
		}
		return Math.round(value * this.imperialFactor * 100) / 100.0;
	}

}
