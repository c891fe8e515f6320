package health.falcon.data.nutrition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.falcon.data.api.NutritionDay;
import health.falcon.data.api.NutritionDayDetail;
import health.falcon.data.api.NutritionMeal;
import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A stored {@code nutrition_days} document as the contract's records. The export channel
 * is the top-level {@code totals}, {@code meals} and {@code exercise} with
 * {@code sources.nutrition} and {@code sources.exercise}; the diary channel is
 * {@code diary} with {@code sources.diary}. A list item takes its totals and meals from
 * the first channel of the configured precedence that has the day's nutrition.
 */
final class NutritionDocuments {

	private NutritionDocuments() {
	}

	/**
	 * A list item: the channels the day has, and the totals and meals of the first
	 * channel of the precedence that has the day's nutrition.
	 * @param precedence the channels in order of precedence
	 * ({@code falcon.data.precedence.nutrition})
	 */
	static NutritionDay day(Document stored, List<NutritionChannel> precedence) {
		Document sources = StoredValues.document(stored, NutritionDaysCollection.SOURCES);
		Document diary = StoredValues.document(stored, NutritionDaysCollection.DIARY);
		List<String> channels = new ArrayList<>();
		if (hasExport(stored, sources)) {
			channels.add(NutritionChannel.EXPORT.key());
		}
		if (diary != null) {
			channels.add(NutritionChannel.DIARY.key());
		}
		Map<String, Double> goals = StoredValues.amounts(diary, "goals");
		Double waterMl = StoredValues.decimal(diary, "waterMl");
		for (NutritionChannel channel : precedence) {
			Document nutrition = channel.of(stored);
			if (hasNutrition(nutrition)) {
				return new NutritionDay(id(stored), date(stored), channels, channel.key(),
						StoredValues.amounts(nutrition, NutritionDaysCollection.TOTALS),
						meals(nutrition, NutritionDaysCollection.MEALS), waterMl, goals,
						Sources.info(stored, channel.source()));
			}
		}
		return new NutritionDay(id(stored), date(stored), channels, null, null, List.of(), waterMl, goals, null);
	}

	static NutritionDayDetail detail(Document stored) {
		Document sources = StoredValues.document(stored, NutritionDaysCollection.SOURCES);
		NutritionDayDetail.Export export = null;
		if (hasExport(stored, sources)) {
			export = new NutritionDayDetail.Export(StoredValues.amounts(stored, NutritionDaysCollection.TOTALS),
					meals(stored, NutritionDaysCollection.MEALS), exercise(stored), Sources.info(sources, "nutrition"),
					Sources.info(sources, "exercise"));
		}
		Document diary = StoredValues.document(stored, NutritionDaysCollection.DIARY);
		NutritionDayDetail.Diary diaryChannel = null;
		if (diary != null) {
			diaryChannel = new NutritionDayDetail.Diary(StoredValues.amounts(diary, "totals"), meals(diary, "meals"),
					StoredValues.amounts(diary, "goals"), StoredValues.decimal(diary, "waterMl"),
					StoredValues.bool(diary, "complete"), Sources.info(stored, NutritionChannel.DIARY.source()));
		}
		return new NutritionDayDetail(id(stored), date(stored), export, diaryChannel);
	}

	private static boolean hasExport(Document stored, @Nullable Document sources) {
		return hasNutrition(stored) || stored.containsKey(NutritionDaysCollection.EXERCISE)
				|| (sources != null && (sources.containsKey("nutrition") || sources.containsKey("exercise")));
	}

	private static boolean hasNutrition(@Nullable Document channel) {
		return channel != null && (channel.get(NutritionDaysCollection.TOTALS) instanceof Document
				|| !StoredValues.documents(channel, NutritionDaysCollection.MEALS).isEmpty());
	}

	private static List<NutritionMeal> meals(@Nullable Document channel, String key) {
		return StoredValues.documents(channel, key).stream().map(NutritionDocuments::meal).toList();
	}

	private static NutritionMeal meal(Document meal) {
		List<NutritionMeal.Item> items = StoredValues.documents(meal, "items")
			.stream()
			.map((item) -> new NutritionMeal.Item(StoredValues.string(item, "name"), StoredValues.string(item, "time"),
					orEmpty(StoredValues.amounts(item, "nutrients")), StoredValues.string(item, "note")))
			.toList();
		return new NutritionMeal(StoredValues.string(meal, "name"), orEmpty(StoredValues.amounts(meal, "totals")),
				items);
	}

	private static List<NutritionDayDetail.Exercise> exercise(Document stored) {
		return StoredValues.documents(stored, NutritionDaysCollection.EXERCISE)
			.stream()
			.map((row) -> new NutritionDayDetail.Exercise(StoredValues.string(row, "name"),
					StoredValues.string(row, "type"), StoredValues.decimal(row, "kcal"),
					StoredValues.decimal(row, "minutes"), StoredValues.decimal(row, "sets"),
					StoredValues.decimal(row, "repsPerSet"), StoredValues.decimal(row, "weightKg"),
					StoredValues.decimal(row, "steps"), StoredValues.string(row, "note")))
			.toList();
	}

	private static Map<String, Double> orEmpty(@Nullable Map<String, Double> amounts) {
		return (amounts != null) ? amounts : Map.of();
	}

	private static String id(Document stored) {
		return String.valueOf(stored.get(NutritionDaysCollection.ID));
	}

	private static LocalDate date(Document stored) {
		return LocalDate.parse(String.valueOf(stored.get(NutritionDaysCollection.DATE)));
	}

}
