package health.falcon.fitbit.daily;

/**
 * One metric of a {@code daily_activity} day, with its field name.
 */
public enum DailyMetric {

	/** Steps. */
	STEPS("steps"),

	/** Distance in metres. */
	DISTANCE("distanceMeters"),

	/** Active energy burned, kcal. */
	ACTIVE_KCAL("activeKcal"),

	/** Total calories, kcal. */
	TOTAL_KCAL("totalKcal");

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
