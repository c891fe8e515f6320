package health.falcon.fitbit.daily;

import health.falcon.documents.daily.DailyActivityCollection;

/**
 * One metric of a {@code daily_activity} day, with its field name.
 */
public enum DailyMetric {

	/** Steps. */
	STEPS(DailyActivityCollection.STEPS),

	/** Distance in metres. */
	DISTANCE(DailyActivityCollection.DISTANCE_METERS),

	/** Active energy burned, kcal. */
	ACTIVE_KCAL(DailyActivityCollection.ACTIVE_KCAL),

	/** Total calories, kcal. */
	TOTAL_KCAL(DailyActivityCollection.TOTAL_KCAL);

	private final String field;

	DailyMetric(String field) {
		this.field = field;
	}

	/**
	 * @return the document field that holds the metric
	 */
	public String field() {
		return this.field;
	}

}
