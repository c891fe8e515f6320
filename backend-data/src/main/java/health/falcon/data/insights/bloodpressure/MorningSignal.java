package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;

/**
 * A daily signal of the morning readings (04:00-11:59 local time where taken): per local
 * date the mean of that morning's systolic or diastolic pressures, in mmHg. A date
 * without a morning reading has no value.
 */
class MorningSignal implements DailySignal {

	private final ReadingRepository repository;

	private final String name;

	private final String label;

	private final ToIntFunction<Reading> pressure;

	MorningSignal(ReadingRepository repository, String name, String label, ToIntFunction<Reading> pressure) {
		this.repository = repository;
		this.name = name;
		this.label = label;
		this.pressure = pressure;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String unit() {
		return "mmHg";
	}

	@Override
	public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
		List<Reading> mornings = Readings.in(this.repository.find(request.userId(), from, to), DayPart.MORNING);
		SortedMap<LocalDate, Double> byDate = new TreeMap<>(mornings.stream()
			.collect(Collectors.groupingBy(Reading::localDate, Collectors.averagingInt(this.pressure))));
		return new DailyValues(byDate, Readings.sources(mornings));
	}

}
