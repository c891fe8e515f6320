package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The average of the readings of a period, placed in a category. The averages are rounded
 * to one decimal, and the category is that of the rounded values, so that what is shown
 * and its category agree.
 *
 * @param from the first local date of the period
 * @param to the last local date of the period
 * @param count how many readings were averaged
 * @param systolic the mean systolic in mmHg, {@code null} without readings
 * @param diastolic the mean diastolic in mmHg, {@code null} without readings
 * @param category the category of the averages, {@code null} without readings
 */
record PeriodAverage(LocalDate from, LocalDate to, int count, @Nullable Double systolic, @Nullable Double diastolic,
		@Nullable String category) {

	static PeriodAverage of(LocalDate from, LocalDate to, List<Reading> readings) {
		if (readings.isEmpty()) {
			return new PeriodAverage(from, to, 0, null, null, null);
		}
		double systolic = Readings
			.round(readings.stream().mapToInt(Reading::systolic).average().orElseThrow(IllegalStateException::new));
		double diastolic = Readings
			.round(readings.stream().mapToInt(Reading::diastolic).average().orElseThrow(IllegalStateException::new));
		return new PeriodAverage(from, to, readings.size(), systolic, diastolic, Category.of(systolic, diastolic).id());
	}

	/** The category's label, {@code -} without readings. */
	public String categoryLabel() {
		return Category.byId(this.category).map(Category::label).orElse("-");
	}

	/** The averages as {@code 128.5/79.0}, {@code -} without readings. */
	public String pressure() {
		return (this.systolic != null) ? this.systolic + "/" + this.diastolic : "-";
	}

}
