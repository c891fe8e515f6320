package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Selections and counts over a list of readings that the insight and the report share.
 */
final class Readings {

	private Readings() {
	}

	/** The readings taken in one part of the day. */
	static List<Reading> in(List<Reading> readings, DayPart part) {
		return readings.stream().filter((reading) -> reading.dayPart() == part).toList();
	}

	/** The readings of the local dates from one to another, both included. */
	static List<Reading> between(List<Reading> readings, LocalDate from, LocalDate to) {
		return readings.stream()
			.filter((reading) -> !reading.localDate().isBefore(from) && !reading.localDate().isAfter(to))
			.toList();
	}

	/**
	 * How many readings fall in each category.
	 * @return every category's {@link Category#id() id} in order, with 0 where none does
	 */
	static Map<String, Integer> distribution(List<Reading> readings) {
		Map<String, Integer> distribution = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			distribution.put(category.id(),
					(int) readings.stream().filter((reading) -> reading.category() == category).count());
		}
		return distribution;
	}

	/** The distinct provenances of the readings, in order of appearance. */
	static List<String> sources(List<Reading> readings) {
		return readings.stream().map(Reading::source).filter(Objects::nonNull).distinct().toList();
	}

	/** A value rounded to one decimal, as every average is shown and placed. */
	static double round(double value) {
		return Math.round(value * 10.0) / 10.0;
	}

}
