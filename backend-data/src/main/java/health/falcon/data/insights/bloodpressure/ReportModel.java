package health.falcon.data.insights.bloodpressure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What the report template shows.
 *
 * @param from the first local date of the period
 * @param to the last local date of the period
 * @param generatedAt when the report was made
 * @param count how many readings the period has
 * @param average the average of all of them
 * @param morning the average of the morning readings
 * @param evening the average of the evening readings
 * @param protocol the home-monitoring week ending on the latest reading's date, or
 * {@code null} without readings
 * @param protocolCategory the label of the protocol average's category, or {@code null}
 * @param distribution every category's share
 * @param chart the inline SVG chart, {@code null} without readings
 * @param sections the tables of morning, evening and other readings that have rows
 */
record ReportModel(LocalDate from, LocalDate to, Instant generatedAt, int count, PeriodAverage average,
		PeriodAverage morning, PeriodAverage evening, @Nullable ProtocolWeek protocol,
		@Nullable String protocolCategory, List<DistributionRow> distribution, @Nullable String chart,
		List<ReportSection> sections) {

	static ReportModel of(ReportPeriod period, Instant now, List<Reading> readings) {
		ProtocolWeek protocol = HomeProtocol.latest(readings).orElse(null);
		return new ReportModel(period.from(), period.to(), now, readings.size(),
				PeriodAverage.of(period.from(), period.to(), readings),
				PeriodAverage.of(period.from(), period.to(), Readings.in(readings, DayPart.MORNING)),
				PeriodAverage.of(period.from(), period.to(), Readings.in(readings, DayPart.EVENING)), protocol,
				(protocol != null) ? Category.byId(protocol.average().category()).map(Category::label).orElse(null)
						: null,
				distribution(readings), readings.isEmpty() ? null : ReportChart.svg(period, readings),
				sections(readings));
	}

	private static List<DistributionRow> distribution(List<Reading> readings) {
		Map<String, Integer> counts = Readings.distribution(readings);
		return List.of(Category.values()).stream().map((category) -> {
			int count = counts.get(category.id());
			long percent = readings.isEmpty() ? 0 : Math.round(100.0 * count / readings.size());
			return new DistributionRow(category.label(), count, percent + "%");
		}).toList();
	}

	private static List<ReportSection> sections(List<Reading> readings) {
		return Stream
			.of(section("Morning readings", readings, DayPart.MORNING),
					section("Evening readings", readings, DayPart.EVENING),
					section("Readings at other times", readings, DayPart.OTHER))
			.filter((section) -> !section.rows().isEmpty())
			.toList();
	}

	private static ReportSection section(String title, List<Reading> readings, DayPart part) {
		return new ReportSection(title, Readings.in(readings, part).stream().map(ReportRow::of).toList());
	}

}
