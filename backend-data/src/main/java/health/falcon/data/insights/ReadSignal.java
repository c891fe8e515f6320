package health.falcon.data.insights;

import java.time.LocalDate;

/**
 * A {@link DailySignal} made with {@link DailySignal#of}.
 */
record ReadSignal(String name, String label, String unit, DailySignal.Reader reader) implements DailySignal {

	@Override
	public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
		return this.reader.values(request, from, to);
	}

}
