package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The home blood-pressure monitoring protocol clinicians use (ESH 2021, AHA 2017): seven
 * consecutive days with two readings each morning and two each evening, day 1 discarded,
 * at least twelve readings on days 2 to 7, whose average is compared with the home
 * thresholds 135/85 mmHg and 130/80 mmHg. The week assessed is the seven local days that
 * end on the local date of the most recent reading. Days are local dates in each
 * reading's own zone, so a week across a daylight-saving change still has seven days.
 */
final class HomeProtocol {

	static final int DAYS = 7;

	static final int MINIMUM_READINGS = 12;

	static final int PER_SESSION = 2;

	private HomeProtocol() {
	}

	/**
	 * Assess the week that ends on the date of the latest reading.
	 * @param readings the readings, in any order
	 * @return the week, empty without readings
	 */
	static Optional<ProtocolWeek> latest(List<Reading> readings) {
		return readings.stream()
			.map(Reading::localDate)
			.max(Comparator.naturalOrder())
			.map((end) -> week(end, readings));
	}

	/**
	 * Assess the seven days that end on a date.
	 * @param end day 7
	 * @param readings the readings, in any order; those outside the week are ignored
	 * @return the week
	 */
	static ProtocolWeek week(LocalDate end, List<Reading> readings) {
		LocalDate start = end.minusDays(DAYS - 1);
		List<ProtocolDay> days = new ArrayList<>();
		List<Reading> counted = new ArrayList<>();
		for (int day = 1; day <= DAYS; day++) {
			LocalDate date = start.plusDays(day - 1);
			List<Reading> ofDay = Readings.between(readings, date, date);
			List<Reading> morning = session(ofDay, DayPart.MORNING);
			List<Reading> evening = session(ofDay, DayPart.EVENING);
			days.add(new ProtocolDay(date, day, day == 1, morning.size(), evening.size()));
			if (day > 1) {
				counted.addAll(morning.subList(0, Math.min(PER_SESSION, morning.size())));
				counted.addAll(evening.subList(0, Math.min(PER_SESSION, evening.size())));
			}
		}
		PeriodAverage average = PeriodAverage.of(start.plusDays(1), end, counted);
		int daysWithReadings = (int) days.stream().filter((day) -> day.morning() + day.evening() > 0).count();
		boolean complete = daysWithReadings == DAYS && counted.size() >= MINIMUM_READINGS;
		return new ProtocolWeek(start, end, List.copyOf(days), daysWithReadings, counted.size(), average,
				thresholds(average), complete, complete ? null : missing(days, daysWithReadings, counted.size()));
	}

	private static List<ThresholdComparison> thresholds(PeriodAverage average) {
		return List.of(ThresholdComparison.of("ESH/AHA home hypertension", 135, 85, average),
				ThresholdComparison.of("2017 ACC/AHA home equivalent of stage 1", 130, 80, average));
	}

	private static List<Reading> session(List<Reading> ofDay, DayPart part) {
		return Readings.in(ofDay, part).stream().sorted(Comparator.comparing(Reading::instant)).toList();
	}

	/**
	 * What the week lacks: "4 of 7 days, 9 readings; 3 more days, 3 more readings, 2 more
	 * mornings and 2 more evenings needed". A morning or an evening of days 2 to 7 is
	 * done with two readings.
	 */
	private static String missing(List<ProtocolDay> days, int daysWithReadings, int counted) {
		List<String> needs = new ArrayList<>();
		add(needs, DAYS - daysWithReadings, "day");
		add(needs, MINIMUM_READINGS - counted, "reading");
		add(needs, days.stream().filter((day) -> !day.discarded() && day.morning() < PER_SESSION).count(), "morning");
		add(needs, days.stream().filter((day) -> !day.discarded() && day.evening() < PER_SESSION).count(), "evening");
		String list = (needs.size() > 1)
				? String.join(", ", needs.subList(0, needs.size() - 1)) + " and " + needs.get(needs.size() - 1)
				: String.join("", needs);
		return daysWithReadings + " of " + DAYS + " days, " + counted + " " + plural(counted, "reading") + "; " + list
				+ " needed";
	}

	private static void add(List<String> needs, long count, String what) {
		if (count > 0) {
			needs.add(count + " more " + plural(count, what));
		}
	}

	private static String plural(long count, String word) {
		return (count == 1) ? word : word + "s";
	}

}
