package health.falcon.data.insights.bloodpressure;

/**
 * A category's share of the report's readings.
 *
 * @param category the category's label
 * @param count how many readings fall in it
 * @param percent its share, {@code 25%}
 */
record DistributionRow(String category, int count, String percent) {

}
