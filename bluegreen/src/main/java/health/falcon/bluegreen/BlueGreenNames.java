package health.falcon.bluegreen;

/**
 * The names, labels and annotations every part of issue 15 shares (k8s manifests,
 * scripts, this tool).
 */
final class BlueGreenNames {

	/** The label and selector key that carries the colour. */
	static final String COLOR_LABEL = "color";

	/** Who switched the live Service (on the live Service). */
	static final String SWITCHED_BY = "falcon.health/switched-by";

	/** The colour the live Service selected before the switch (on the live Service). */
	static final String SWITCHED_FROM = "falcon.health/switched-from";

	/**
	 * When the live Service was switched, as an ISO-8601 instant (on the live Service).
	 */
	static final String SWITCHED_AT = "falcon.health/switched-at";

	/** The version (image tag) a colour's Deployment runs (on the Deployment). */
	static final String VERSION = "falcon.health/version";

	/**
	 * When the old colour may be scaled to zero, as an ISO-8601 instant (on the old
	 * colour's Deployment while it is held).
	 */
	static final String SCALE_DOWN_AT = "falcon.health/scale-down-at";

	/** The reason of the Event recorded for every switch. */
	static final String SWITCH_EVENT_REASON = "ColorSwitched";

	/** The component named as the source of the Events. */
	static final String COMPONENT = "bluegreen";

	private BlueGreenNames() {
	}

	static String deployment(String service, Colour colour) {
		return service + "-" + colour.label();
	}

	static String preview(String service) {
		return service + "-preview";
	}

}
