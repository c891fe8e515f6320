package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.InsightCalculator;
import health.falcon.data.insights.InsightRequest;

import org.springframework.stereotype.Component;

/**
 * The {@value #KIND} insight: the user's readings of the last 30 days with their 2017
 * ACC/AHA category, pulse pressure and mean arterial pressure; the averages of the last 7
 * and 30 days, of the mornings and of the evenings; the category distribution; and the
 * home-monitoring week that ends on the latest reading's date ({@link HomeProtocol}).
 */
@Component
class BloodPressureInsight implements InsightCalculator {

	static final String KIND = "blood-pressure";

	static final int WINDOW_DAYS = 30;

	static final List<String> FORMULAS = List.of(
			"Category (2017 ACC/AHA): normal < 120 and < 80; elevated 120-129 and < 80; stage 1 130-139 or 80-89; "
					+ "stage 2 >= 140 or >= 90; crisis > 180 and/or > 120; the higher of the systolic and the "
					+ "diastolic category wins.",
			"Pulse pressure = systolic - diastolic; mean arterial pressure = diastolic + (systolic - diastolic) / 3.",
			"Morning = 04:00-11:59 and evening = 17:00-23:59, local time where the reading was taken.",
			"Home protocol: 7 consecutive days ending on the latest reading's date, 2 readings each morning and "
					+ "evening, day 1 discarded, at least 12 readings on days 2-7, the average compared with 135/85 "
					+ "and 130/80 mmHg.");

	private final ReadingRepository repository;

	BloodPressureInsight(ReadingRepository repository) {
		this.repository = repository;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Insight compute(InsightRequest request) {
		LocalDate from = request.today().minusDays(WINDOW_DAYS - 1);
		List<Reading> readings = this.repository.find(request.userId(), from, request.today());
		if (readings.isEmpty()) {
			return new Insight(KIND, "Blood pressure", Insight.INSUFFICIENT_DATA,
					"There are no blood-pressure readings in the last 30 days.", FORMULAS,
					List.of(new InsightInput("blood-pressure readings", null, null, 0, List.of())),
					List.of("Blood-pressure readings from the last 30 days: upload your monitor's file or sync it "
							+ "from Dropbox."),
					null);
		}
		BloodPressureDetail detail = detail(request.today(), readings);
		List<String> missing = new ArrayList<>();
		ProtocolWeek protocol = detail.protocol();
		if (protocol != null && protocol.missing() != null) {
			missing.add("Home-monitoring week: " + protocol.missing() + ".");
		}
		return new Insight(KIND, "Blood pressure", Insight.OK, InsightSummaries.summary(detail), FORMULAS,
				List.of(new InsightInput("blood-pressure readings", readings.get(0).localDate(),
						readings.get(readings.size() - 1).localDate(), readings.size(), Readings.sources(readings))),
				List.copyOf(missing), detail);
	}

	static BloodPressureDetail detail(LocalDate today, List<Reading> readings) {
		LocalDate from = today.minusDays(WINDOW_DAYS - 1);
		LocalDate weekFrom = today.minusDays(6);
		return new BloodPressureDetail(readings.stream().map(ReadingView::of).toList(),
				PeriodAverage.of(weekFrom, today, Readings.between(readings, weekFrom, today)),
				PeriodAverage.of(from, today, readings),
				PeriodAverage.of(from, today, Readings.in(readings, DayPart.MORNING)),
				PeriodAverage.of(from, today, Readings.in(readings, DayPart.EVENING)), Readings.distribution(readings),
				HomeProtocol.latest(readings).orElse(null));
	}

}
