package health.falcon.data.insights.sleep;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.InsightCalculator;
import health.falcon.data.insights.InsightRequest;
import health.falcon.data.insights.energy.Means;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The {@code sleep} insight over the last 30 nights: minutes asleep and efficiency with
 * their 7- and 30-day means, the regularity of bed and wake times ({@link ClockSpread}),
 * and the sleeping heart rate (the mean of the per-minute rollups from start to end) with
 * its dip from the two hours before bed.
 */
@Component
class SleepCalculator implements InsightCalculator {

	static final int MINIMUM_REGULARITY_NIGHTS = 3;

	static final Duration EVENING = Duration.ofHours(2);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final NightsRepository repository;

	SleepCalculator(NightsRepository repository) {
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "sleep";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Insight compute(InsightRequest request) {
		LocalDate today = request.today();
		List<Night> nights = this.repository.nights(request.userId(), request.zone(), today.minusDays(29), today);
		HeartRateMinutes heartRate = this.repository.heartRate(request.userId(), today.minusDays(31),
				today.plusDays(1));
		List<NightRow> rows = nights.stream().map((night) -> row(night, heartRate)).toList();
		ClockSpread bed = ClockSpread.of(nights.stream().map(Night::bedTime).toList());
		ClockSpread wake = ClockSpread.of(nights.stream().map(Night::wakeTime).toList());
		Regularity regularity = (nights.size() >= MINIMUM_REGULARITY_NIGHTS && bed != null && wake != null)
				? new Regularity(nights.size(), bed.mean().format(CLOCK), bed.sdMinutes(), wake.mean().format(CLOCK),
						wake.sdMinutes())
				: null;
		SleepDetail detail = new SleepDetail(rows,
				means(rows, (row) -> (row.minutesAsleep() != null) ? row.minutesAsleep().doubleValue() : null, today),
				means(rows, NightRow::efficiency, today), regularity, means(rows, NightRow::sleepingHeartRate, today),
				means(rows, NightRow::dipPercent, today));
		long withHeartRate = rows.stream().filter((row) -> row.sleepingHeartRate() != null).count();
		return new Insight(kind(), "Sleep", nights.isEmpty() ? Insight.INSUFFICIENT_DATA : Insight.OK,
				SleepSummary.of(detail), SleepSummary.FORMULAS, inputs(nights, withHeartRate),
				missing(nights, withHeartRate, rows), nights.isEmpty() ? null : detail);
	}

	private static NightRow row(Night night, HeartRateMinutes heartRate) {
		Double sleeping = heartRate.mean(night.start(), night.end());
		Double evening = heartRate.mean(night.start().minus(EVENING), night.start());
		Double dip = (sleeping != null && evening != null) ? (evening - sleeping) / evening * 100 : null;
		return new NightRow(night.date(), night.start(), night.end(), night.bedTime().format(CLOCK),
				night.wakeTime().format(CLOCK), night.minutesInBed(), night.minutesAsleep(), night.efficiency(),
				sleeping, evening, dip, night.source());
	}

	private static Means means(List<NightRow> rows, Function<NightRow, @Nullable Double> value, LocalDate today) {
		SortedMap<LocalDate, Double> byDate = new TreeMap<>();
		rows.forEach((row) -> {
			Double v = value.apply(row);
			if (v != null) {
				byDate.put(row.date(), v);
			}
		});
		return Means.of(byDate, today);
	}

	private static List<InsightInput> inputs(List<Night> nights, long withHeartRate) {
		LocalDate first = nights.isEmpty() ? null : nights.get(0).date();
		LocalDate last = nights.isEmpty() ? null : nights.get(nights.size() - 1).date();
		List<String> sources = nights.stream().map(Night::source).filter(Objects::nonNull).distinct().toList();
		return List.of(new InsightInput("main sleeps", first, last, nights.size(), sources),
				new InsightInput("heart rate per minute during the nights", (withHeartRate > 0) ? first : null,
						(withHeartRate > 0) ? last : null, withHeartRate, List.of()));
	}

	private static List<String> missing(List<Night> nights, long withHeartRate, List<NightRow> rows) {
		List<String> missing = new ArrayList<>();
		if (nights.isEmpty()) {
			missing.add("Sleep: no main sleep in the last 30 nights.");
			return missing;
		}
		if (nights.size() < MINIMUM_REGULARITY_NIGHTS) {
			missing.add("Regularity: needs at least " + MINIMUM_REGULARITY_NIGHTS + " nights (" + nights.size()
					+ " found).");
		}
		if (withHeartRate == 0) {
			missing.add("Sleeping heart rate: no night has " + HeartRateMinutes.MINIMUM_MINUTES
					+ " minutes of heart rate during the sleep.");
		}
		else if (rows.stream().noneMatch((row) -> row.dipPercent() != null)) {
			missing.add("Heart-rate dip: no night has " + HeartRateMinutes.MINIMUM_MINUTES
					+ " minutes of heart rate in the two hours before bed.");
		}
		return List.copyOf(missing);
	}

}
