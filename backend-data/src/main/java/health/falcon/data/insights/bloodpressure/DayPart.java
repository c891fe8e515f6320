package health.falcon.data.insights.bloodpressure;

import java.time.LocalTime;

/**
 * The part of the day a reading was taken in, by its local time in the zone stored with
 * the reading: morning 04:00-11:59, evening 17:00-23:59, other times otherwise.
 */
enum DayPart {

	MORNING("morning"),

	EVENING("evening"),

	OTHER("other");

	private static final LocalTime MORNING_START = LocalTime.of(4, 0);

	private static final LocalTime NOON = LocalTime.NOON;

	private static final LocalTime EVENING_START = LocalTime.of(17, 0);

	private final String id;

	DayPart(String id) {
		this.id = id;
	}

	/** The part's name in JSON. */
	String id() {
		return this.id;
	}

	static DayPart of(LocalTime time) {
		if (!time.isBefore(MORNING_START) && time.isBefore(NOON)) {
			return MORNING;
		}
		return (!time.isBefore(EVENING_START)) ? EVENING : OTHER;
	}

}
