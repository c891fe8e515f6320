package health.falcon.devstack.sandbox.common.synthetic;

/**
 * What the person did in one minute.
 *
 * @param steps steps taken
 * @param distanceMillimeters distance covered, in millimetres
 * @param activeKcal active energy burned (above basal), in kcal
 * @param basalKcal basal energy burned, in kcal
 * @param worn whether the watch was on the wrist
 */
public record MinuteActivity(int steps, long distanceMillimeters, double activeKcal, double basalKcal, boolean worn) {

	/** Basal energy per minute (about 1650 kcal a day). */
	public static final double BASAL_KCAL_PER_MINUTE = 1.146;

	/**
	 * Total energy burned in the minute.
	 * @return active plus basal kcal
	 */
	public double totalKcal() {
		return this.activeKcal + this.basalKcal;
	}

}
