package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The data points of one type whose sort time (interval or sample start, or the date)
 * falls on one UTC day, newest first. JSON is built only for the points a page returns.
 */
interface DayPoints {

	int size();

	/**
	 * Sort key: start time in epoch millis; unique within a type.
	 * @param index point index, 0 is the newest
	 */
	long sortKey(int index);

	/**
	 * Instant the physical filter member refers to.
	 */
	Instant filterInstant(int index);

	/**
	 * Wall time the civil filter member refers to.
	 * @return the local date-time
	 */
	LocalDateTime filterCivil(int index);

	/**
	 * When the point became available (its end); later than the last sync means not yet
	 * synced.
	 */
	Instant availableAt(int index);

	Map<String, Object> json(int index);

	static DayPoints of(List<Point> points) {
		return new DayPoints() {

			@Override
			public int size() {
				return points.size();
			}

			@Override
			public long sortKey(int index) {
				return points.get(index).sortKey();
			}

			@Override
			public Instant filterInstant(int index) {
				return points.get(index).filterInstant();
			}

			@Override
			public LocalDateTime filterCivil(int index) {
				return points.get(index).filterCivil();
			}

			@Override
			public Instant availableAt(int index) {
				return points.get(index).availableAt();
			}

			@Override
			public Map<String, Object> json(int index) {
				return points.get(index).json().get();
			}

		};
	}

	/**
	 * One point.
	 *
	 * @param sortKey start time, epoch millis
	 * @param filterInstant physical filter instant
	 * @param filterCivil civil filter time
	 * @param availableAt end of the point
	 * @param json builds the JSON
	 */
	record Point(long sortKey, Instant filterInstant, LocalDateTime filterCivil, Instant availableAt,
			Supplier<Map<String, Object>> json) {

	}

}
