package health.falcon.data.insights.bloodpressure;

import org.jspecify.annotations.Nullable;

/**
 * The protocol average against a home threshold: at or above it when the systolic or the
 * diastolic average reaches the threshold's value.
 *
 * @param label the threshold's source
 * @param systolic the systolic threshold in mmHg
 * @param diastolic the diastolic threshold in mmHg
 * @param atOrAbove whether the average reaches it, {@code null} without an average
 */
record ThresholdComparison(String label, int systolic, int diastolic, @Nullable Boolean atOrAbove) {

	static ThresholdComparison of(String label, int systolic, int diastolic, PeriodAverage average) {
		Double averageSystolic = average.systolic();
		Double averageDiastolic = average.diastolic();
		Boolean atOrAbove = (averageSystolic != null && averageDiastolic != null)
				? averageSystolic >= systolic || averageDiastolic >= diastolic : null;
		return new ThresholdComparison(label, systolic, diastolic, atOrAbove);
	}

}
