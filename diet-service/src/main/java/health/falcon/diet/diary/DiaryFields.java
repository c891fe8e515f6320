package health.falcon.diet.diary;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Maps the diary's nutrient keys to the stored field names, which carry their unit like
 * the export import's: {@code calories} → {@code kcal}, {@code carbohydrates} →
 * {@code carbohydratesG}, {@code sodium} → {@code sodiumMg}, {@code vit a} →
 * {@code vitaminAPct}. A nutrient the table does not know (the user may track any) is
 * kept under its name in camel case without a unit suffix.
 */
final class DiaryFields {

	static final String ENERGY = "kcal";

	private static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("calories", ENERGY),
			Map.entry("carbohydrates", "carbohydratesG"), Map.entry("fat", "fatG"), Map.entry("protein", "proteinG"),
			Map.entry("sodium", "sodiumMg"), Map.entry("sugar", "sugarG"), Map.entry("sugars", "sugarG"),
			Map.entry("fiber", "fiberG"), Map.entry("potass.", "potassiumMg"), Map.entry("potassium", "potassiumMg"),
			Map.entry("cholest", "cholesterolMg"), Map.entry("cholest.", "cholesterolMg"),
			Map.entry("cholesterol", "cholesterolMg"), Map.entry("sat fat", "saturatedFatG"),
			Map.entry("saturated fat", "saturatedFatG"), Map.entry("poly fat", "polyunsaturatedFatG"),
			Map.entry("polyunsaturated fat", "polyunsaturatedFatG"), Map.entry("mono fat", "monounsaturatedFatG"),
			Map.entry("monounsaturated fat", "monounsaturatedFatG"), Map.entry("trans fat", "transFatG"),
			Map.entry("vit a", "vitaminAPct"), Map.entry("vitamin a", "vitaminAPct"), Map.entry("vit c", "vitaminCPct"),
			Map.entry("vitamin c", "vitaminCPct"), Map.entry("calcium", "calciumPct"), Map.entry("iron", "ironPct"));

	private DiaryFields() {
	}

	/**
	 * @param key a diary nutrient key (lower case)
	 * @return the stored field name, {@code null} when nothing usable is left of it
	 */
	static @Nullable String stored(String key) {
		String known = KNOWN.get(key);
		if (known != null) {
			return known;
		}
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : key.toLowerCase(Locale.ROOT).toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				name.append((upper && name.length() > 0) ? Character.toUpperCase(c) : c);
				upper = false;
			}
			else {
				upper = true;
			}
		}
		return (name.length() == 0 || Character.isDigit(name.charAt(0))) ? null : name.toString();
	}

}
