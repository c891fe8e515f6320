package health.falcon.data.metrics;

import java.util.Locale;

import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import org.jspecify.annotations.Nullable;

/**
 * A metric stored as one value per local date: where it is stored and how a week of it is
 * summed up ({@code summed}: the sum of the days, otherwise their mean).
 */
enum DailyMetric {

	STEPS("steps", "count", DailyActivityCollection.COLLECTION, DailyActivityCollection.STEPS,
			DailyActivityCollection.SOURCE, true),

	DISTANCE("distance", "m", DailyActivityCollection.COLLECTION, DailyActivityCollection.DISTANCE_METERS,
			DailyActivityCollection.SOURCE, true),

	ACTIVE_ENERGY("active-energy", "kcal", DailyActivityCollection.COLLECTION, DailyActivityCollection.ACTIVE_KCAL,
			DailyActivityCollection.SOURCE, true),

	CALORIES_OUT("calories-out", "kcal", DailyActivityCollection.COLLECTION, DailyActivityCollection.TOTAL_KCAL,
			DailyActivityCollection.SOURCE, true),

	RESTING_HEART_RATE("resting-heart-rate", "bpm", HeartRateDaysCollection.COLLECTION,
			HeartRateDaysCollection.RESTING_BPM, HeartRateDaysCollection.RESTING_SOURCE, false);

	private final String metric;

	private final String unit;

	private final String collection;

	private final String field;

	private final String sourceField;

	private final boolean summed;

	DailyMetric(String metric, String unit, String collection, String field, String sourceField, boolean summed) {
		this.metric = metric;
		this.unit = unit;
		this.collection = collection;
		this.field = field;
		this.sourceField = sourceField;
		this.summed = summed;
	}

	String metric() {
		return this.metric;
	}

	String unit() {
		return this.unit;
	}

	String collection() {
		return this.collection;
	}

	String field() {
		return this.field;
	}

	String sourceField() {
		return this.sourceField;
	}

	boolean summed() {
		return this.summed;
	}

	static @Nullable DailyMetric of(String metric) {
		String wanted = metric.toLowerCase(Locale.ROOT);
		for (DailyMetric daily : values()) {
			if (daily.metric.equals(wanted)) {
				return daily;
			}
		}
		return null;
	}

}
