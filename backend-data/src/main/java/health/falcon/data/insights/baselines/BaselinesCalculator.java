package health.falcon.data.insights.baselines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightCalculator;
import health.falcon.data.insights.InsightRequest;

import org.springframework.stereotype.Component;

/**
 * The {@code baselines} insight: today's 7-day resting heart rate and ln RMSSD against
 * the person's own normal range (see {@link BaselineRows}), the last {@value #SHOWN_DAYS}
 * days, and the recovery signal when the resting heart rate is above its range and ln
 * RMSSD below its range together on {@value #RECOVERY_DAYS} or more consecutive days.
 */
@Component
class BaselinesCalculator implements InsightCalculator {

	static final String KIND = "baselines";

	static final int SHOWN_DAYS = 14;

	static final int RECOVERY_DAYS = 3;

	private final BaselinesRepository repository;

	BaselinesCalculator(BaselinesRepository repository) {
		this.repository = repository;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Insight compute(InsightRequest request) {
		LocalDate today = request.today();
		LocalDate first = today.minusDays(SHOWN_DAYS - 1);
		LocalDate readFrom = first.minusDays(BaselineRows.LOOK_BACK_DAYS);
		DailyValues resting = this.repository.restingHeartRate(request.userId(), readFrom, today);
		DailyValues rmssd = this.repository.rmssd(request.userId(), readFrom, today);
		List<BaselineRow> restingRows = BaselineRows.rows(resting.byDate(), first, today, (bpm) -> bpm);
		List<BaselineRow> rmssdRows = BaselineRows.rows(rmssd.byDate(), first, today, Math::log);
		LocalDate from = today.minusDays(BaselineRows.ROLLING_DAYS - 1);
		List<String> missing = new ArrayList<>();
		BaselinesDetail.Metric restingMetric = metric("bpm", restingRows, (bpm) -> bpm, "resting heart rate", from,
				missing);
		BaselinesDetail.Metric rmssdMetric = metric("ln(ms)", rmssdRows, Math::exp, "HRV (RMSSD)", from, missing);
		BaselinesDetail.Recovery recovery = recovery(restingRows, rmssdRows, today);
		BaselinesDetail detail = new BaselinesDetail(from, today, from.minusDays(BaselineRows.BASELINE_DAYS),
				from.minusDays(1), restingMetric, rmssdMetric, recovery);
		boolean ok = Insight.OK.equals(restingMetric.status()) || Insight.OK.equals(rmssdMetric.status());
		return new Insight(KIND, "Baselines", ok ? Insight.OK : Insight.INSUFFICIENT_DATA,
				summary(restingMetric, rmssdMetric, recovery), formulas(),
				List.of(input("resting heart rate (days)", resting),
						input("HRV recordings (first of each day)", rmssd)),
				missing, detail);
	}

	private static BaselinesDetail.Metric metric(String unit, List<BaselineRow> rows, DoubleUnaryOperator raw,
			String label, LocalDate from, List<String> missing) {
		BaselineRow today = rows.get(rows.size() - 1);
		if (today.range() == null) {
			missing.add("%s: at least %d days with a value between %s and %s (the baseline window), %d found".formatted(
					label, BaselineRows.MINIMUM_BASELINE_DAYS, from.minusDays(BaselineRows.BASELINE_DAYS),
					from.minusDays(1), today.baselineDays()));
		}
		if (today.rolling7() == null) {
			missing.add("%s: at least %d days with a value between %s and %s (the last 7 days), %d found"
				.formatted(label, BaselineRows.MINIMUM_ROLLING_DAYS, from, today.date(), today.rollingDays()));
		}
		String status = (today.flag() != null) ? Insight.OK : Insight.INSUFFICIENT_DATA;
		Double rolling = today.rolling7();
		return new BaselinesDetail.Metric(unit, status, Round.round(rolling), today.rollingDays(),
				(rolling != null) ? Round.round(raw.applyAsDouble(rolling)) : null,
				(today.range() != null) ? today.range().rounded() : null, today.flag(),
				rows.stream().map(BaselineRow::rounded).toList());
	}

	/**
	 * The latest run of days with both flags, at least {@value #RECOVERY_DAYS} long.
	 */
	static BaselinesDetail.Recovery recovery(List<BaselineRow> resting, List<BaselineRow> rmssd, LocalDate today) {
		LocalDate runFrom = null;
		LocalDate bestFrom = null;
		LocalDate bestTo = null;
		for (int i = 0; i < resting.size(); i++) {
			boolean both = BaselineRow.ABOVE.equals(resting.get(i).flag())
					&& BaselineRow.BELOW.equals(rmssd.get(i).flag());
			LocalDate day = resting.get(i).date();
			if (!both) {
				runFrom = null;
				continue;
			}
			runFrom = (runFrom != null) ? runFrom : day;
			if (runFrom.plusDays(RECOVERY_DAYS - 1).compareTo(day) <= 0) {
				bestFrom = runFrom;
				bestTo = day;
			}
		}
		if (bestFrom == null || bestTo == null) {
			return new BaselinesDetail.Recovery(false, RECOVERY_DAYS, null, null, 0, false);
		}
		return new BaselinesDetail.Recovery(true, RECOVERY_DAYS, bestFrom, bestTo,
				(int) (bestTo.toEpochDay() - bestFrom.toEpochDay()) + 1, bestTo.equals(today));
	}

	private static String summary(BaselinesDetail.Metric resting, BaselinesDetail.Metric rmssd,
			BaselinesDetail.Recovery recovery) {
		List<String> parts = new ArrayList<>();
		if (resting.flag() != null && resting.range() != null) {
			parts.add(String.format(Locale.ROOT,
					"Resting heart rate over 7 days %.1f bpm, %s your normal range %.1f–%.1f bpm.", resting.rolling7(),
					resting.flag(), resting.range().low(), resting.range().high()));
		}
		if (rmssd.flag() != null && rmssd.range() != null) {
			parts.add(String.format(Locale.ROOT,
					"HRV over 7 days ln RMSSD %.2f (%.0f ms), %s your normal range %.2f–%.2f.", rmssd.rolling7(),
					rmssd.rolling7Raw(), rmssd.flag(), rmssd.range().low(), rmssd.range().high()));
		}
		if (recovery.flagged()) {
			parts.add("Recovery: resting heart rate up and HRV down together for %d days (%s to %s)."
				.formatted(recovery.days(), recovery.from(), recovery.to()));
		}
		return parts.isEmpty() ? "Too little resting heart rate and HRV data for a baseline yet."
				: String.join(" ", parts);
	}

	private static List<String> formulas() {
		return List.of(
				"Value: resting heart rate (bpm) per day; ln(RMSSD in ms) of the first HRV recording of each day",
				"7-day value = the mean of the days with a value among today and the 6 days before (at least 3)",
				"Normal range = mean ± 1 SD (sample, n − 1) of the days with a value in the 60 days before the 7-day window (at least 14)",
				"Flag = above or below when the 7-day value lies outside the normal range",
				"Recovery = resting heart rate above and ln RMSSD below their ranges together on 3 or more consecutive days");
	}

	private static InsightInput input(String data, DailyValues values) {
		boolean empty = values.byDate().isEmpty();
		return new InsightInput(data, empty ? null : values.byDate().firstKey(),
				empty ? null : values.byDate().lastKey(), values.byDate().size(), values.sources());
	}

}
