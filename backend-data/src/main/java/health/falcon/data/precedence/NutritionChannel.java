package health.falcon.data.precedence;

import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The two channels diet-service keeps side by side in one {@code nutrition_days}
 * document: the MyFitnessPal diary ({@code diary.totals}, {@code diary.meals},
 * {@code diary.waterMl}, provenance {@code sources.diary}) and the export import
 * ({@code totals}, {@code meals}, provenance {@code sources.nutrition}; an export has no
 * water).
 */
public enum NutritionChannel {

	/** The diary: {@code diary.*} with {@code sources.diary}. */
	DIARY("diary", NutritionDaysCollection.DIARY + ".", NutritionDaysCollection.SOURCES_DIARY),

	/**
	 * The export: the top-level {@code totals} and {@code meals} with
	 * {@code sources.nutrition}.
	 */
	EXPORT("export", "", NutritionDaysCollection.SOURCES_NUTRITION);

	private static final String WATER = "waterMl";

	private final String key;

	private final String prefix;

	private final String source;

	NutritionChannel(String key, String prefix, String source) {
		this.key = key;
		this.prefix = prefix;
		this.source = source;
	}

	/**
	 * The channel's name as the answers give it ({@code diary}, {@code export}).
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The dotted path of a total in this channel ({@code diary.totals.kcal},
	 * {@code totals.kcal}).
	 * @param field the total's field ({@code kcal}, {@code proteinG}, ...)
	 */
	public String total(String field) {
		return this.prefix + NutritionDaysCollection.TOTALS + "." + field;
	}

	/**
	 * The dotted path of the water drunk in this channel.
	 * @return the path, {@code null} for the export, which has no water
	 */
	public @Nullable String water() {
		return (this == DIARY) ? this.prefix + WATER : null;
	}

	/**
	 * The dotted path of the channel's provenance ({@code {provider, channel, ...}}).
	 */
	public String source() {
		return this.source;
	}

	/**
	 * The part of a stored {@code nutrition_days} document that holds this channel's
	 * {@code totals} and {@code meals}.
	 * @return the {@code diary} subdocument or the document itself, {@code null} when the
	 * document has no diary
	 */
	public @Nullable Document of(Document stored) {
		if (this == EXPORT) {
			return stored;
		}
		return (stored.get(NutritionDaysCollection.DIARY) instanceof Document diary) ? diary : null;
	}

}
