package health.falcon.fitness.activity;

/**
 * The normalized kinds of activity stored in {@code activities.sportType}; the provider's
 * own value is kept beside it in {@code sportTypeRaw}.
 */
public enum SportType {

	/** Running, on roads, trails or a treadmill. */
	RUN,

	/** Cycling of any kind, indoors or out, assisted or not. */
	RIDE,

	/** Walking. */
	WALK,

	/** Hiking. */
	HIKE,

	/** Swimming. */
	SWIM,

	/** Strength and general workouts. */
	WORKOUT,

	/** Yoga. */
	YOGA,

	/** Anything else. */
	OTHER

}
