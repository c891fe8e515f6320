package health.falcon.backend.activities;

/**
 * Sums over every activity in a date range (not only the returned page). Missing values
 * count as zero.
 *
 * @param count number of activities
 * @param distanceMeters total distance in metres
 * @param movingSeconds total moving time in seconds
 * @param energyKcal total energy in kilocalories
 */
record ActivityTotals(long count, double distanceMeters, long movingSeconds, double energyKcal) {

	static final ActivityTotals NONE = new ActivityTotals(0, 0, 0, 0);

}
