package health.falcon.data.metrics;

import java.util.Locale;

import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.jspecify.annotations.Nullable;

/**
 * Every metric {@code /metrics/{metric}} answers besides {@code heart-rate}, in the
 * catalog's order: where it is stored, the stored field (for nutrition the nutrient's key
 * in a channel's {@code totals}), its unit and how a week of it is summed up
 * ({@code summed}: the sum of the days, otherwise their mean).
 */
enum DailyMetric {

	STEPS("steps", Store.DAILY_ACTIVITY, DailyActivityCollection.STEPS, MetricUnit.COUNT, true),

	DISTANCE("distance", Store.DAILY_ACTIVITY, DailyActivityCollection.DISTANCE_METERS, MetricUnit.METRES, true),

	ACTIVE_ENERGY("active-energy", Store.DAILY_ACTIVITY, DailyActivityCollection.ACTIVE_KCAL, MetricUnit.KCAL, true),

	CALORIES_OUT("calories-out", Store.DAILY_ACTIVITY, DailyActivityCollection.TOTAL_KCAL, MetricUnit.KCAL, true),

	RESTING_HEART_RATE("resting-heart-rate", Store.HEART_RATE_DAYS, HeartRateDaysCollection.RESTING_BPM, MetricUnit.BPM,
			false),

	CALORIES_IN("calories-in", Store.NUTRITION_DAYS, "kcal", MetricUnit.KCAL, true),

	PROTEIN("protein", Store.NUTRITION_DAYS, "proteinG", MetricUnit.GRAMS, true),

	CARBOHYDRATES("carbohydrates", Store.NUTRITION_DAYS, "carbohydratesG", MetricUnit.GRAMS, true),

	FAT("fat", Store.NUTRITION_DAYS, "fatG", MetricUnit.GRAMS, true),

	SODIUM("sodium", Store.NUTRITION_DAYS, "sodiumMg", MetricUnit.MILLIGRAMS, true),

	SUGAR("sugar", Store.NUTRITION_DAYS, "sugarG", MetricUnit.GRAMS, true),

	WATER("water", Store.NUTRITION_DAYS, "waterMl", MetricUnit.MILLILITRES, true),

	WEIGHT("weight", Store.BODY_MEASUREMENTS, BodyMeasurementsCollection.WEIGHT_KG, MetricUnit.KILOGRAMS, false),

	HRV_RMSSD("hrv-rmssd", Store.HRV_RECORDINGS, "RMSSD", MetricUnit.MILLISECONDS, false),

	SLEEP_DURATION("sleep-duration", Store.SLEEP_SESSIONS, SleepSessionsCollection.MINUTES_ASLEEP, MetricUnit.MINUTES,
			false),

	BLOOD_PRESSURE("blood-pressure", Store.BLOOD_PRESSURE, "systolic", MetricUnit.MMHG, false);

	private final String metric;

	private final Store store;

	private final String field;

	private final MetricUnit unit;

	private final boolean summed;

	DailyMetric(String metric, Store store, String field, MetricUnit unit, boolean summed) {
		this.metric = metric;
		this.store = store;
		this.field = field;
		this.unit = unit;
		this.summed = summed;
	}

	String metric() {
		return this.metric;
	}

	Store store() {
		return this.store;
	}

	String field() {
		return this.field;
	}

	MetricUnit unit() {
		return this.unit;
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
