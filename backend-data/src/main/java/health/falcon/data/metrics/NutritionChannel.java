package health.falcon.data.metrics;

import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.jspecify.annotations.Nullable;

/**
 * The two channels diet-service keeps side by side in one {@code nutrition_days}
 * document: the MyFitnessPal diary ({@code diary.totals}, {@code diary.waterMl},
 * provenance {@code sources.diary}) and the export import ({@code totals}, provenance
 * {@code sources.nutrition}; an export has no water).
 */
enum NutritionChannel {

	DIARY(NutritionDaysCollection.DIARY + ".", NutritionDaysCollection.SOURCES_DIARY),

	EXPORT("", NutritionDaysCollection.SOURCES_NUTRITION);

	private static final String TOTALS = NutritionDaysCollection.TOTALS + ".";

	private final String prefix;

	private final String source;

	NutritionChannel(String prefix, String source) {
		this.prefix = prefix;
		this.source = source;
	}

	/**
	 * The path of a nutrition metric's value in this channel.
	 * @return the dotted path, {@code null} when the channel does not hold the metric
	 */
	@Nullable String path(DailyMetric metric) {
		if (metric == DailyMetric.WATER) {
			return (this == DIARY) ? this.prefix + metric.field() : null;
		}
		return this.prefix + TOTALS + metric.field();
	}

	/**
	 * The path of the channel's provenance ({@code {provider, channel, ...}}).
	 */
	String source() {
		return this.source;
	}

}
