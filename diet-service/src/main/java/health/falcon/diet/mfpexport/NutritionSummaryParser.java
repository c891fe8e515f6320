package health.falcon.diet.mfpexport;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Parses {@code Nutrition-Summary-*.csv} in its three header variants: N1 (one row per
 * meal, with {@code Note}), N2 ({@code Time} after {@code Meal}, one row per entry) and
 * N3 (like N2 without {@code Note}, with a UTF-8 BOM). Totals rows are skipped.
 */
public final class NutritionSummaryParser {

	/**
	 * Header column (normalized) to field name. Masses are g unless the name says mg;
	 * {@code Pct} fields are percent of daily value.
	 */
	public static final Map<String, String> FIELDS = fields();

	private NutritionSummaryParser() {
	}

	/**
	 * Parse a file.
	 * @param in the file's content (not closed)
	 * @return the rows, skipped rows and row errors
	 * @throws MyFitnessPalParseException if the file cannot be read or is not a Nutrition
	 * Summary
	 */
	public static Parsed<NutritionEntry> parse(InputStream in) throws MyFitnessPalParseException {
		return parse(CsvTable.read(in));
	}

	/**
	 * Parse a table already read.
	 * @return the rows, skipped rows and row errors
	 * @throws MyFitnessPalParseException if the table is not a Nutrition Summary
	 */
	public static Parsed<NutritionEntry> parse(CsvTable table) throws MyFitnessPalParseException {
		if (table.kind() != FileKind.NUTRITION) {
			throw new MyFitnessPalParseException("not a Nutrition Summary");
		}
		List<NutritionEntry> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int skipped = 0;
		for (CsvTable.Row row : table.rows()) {
			try {
				NutritionEntry entry = entry(table, row);
				if (entry == null) {
					skipped++;
				}
				else {
					rows.add(entry);
				}
			}
			catch (IllegalArgumentException ex) {
				errors.add(new RowError(row.line(), ex.getMessage()));
				skipped++;
			}
		}
		return new Parsed<>(List.copyOf(rows), skipped, List.copyOf(errors));
	}

	private static @Nullable NutritionEntry entry(CsvTable table, CsvTable.Row row) {
		String date = row.get(table.index("date"));
		String meal = row.get(table.index("meal"));
		if (Values.isTotals(date) || Values.isTotals(meal)) {
			return null;
		}
		if (meal.isEmpty()) {
			throw new IllegalArgumentException("'meal' is blank");
		}
		LocalDate day = Values.date(date);
		int timeColumn = table.index("time");
		LocalTime time = Values.time(row.get(timeColumn));
		Map<String, Double> nutrients = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : FIELDS.entrySet()) {
			Double value = Values.nonNegative(row.get(table.index(field.getKey())), field.getKey());
			if (value != null) {
				nutrients.put(field.getValue(), value);
			}
		}
		return new NutritionEntry(row.line(), day, meal, time, timeColumn >= 0, nutrients,
				Values.text(row.get(table.index("note"))));
	}

	private static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("calories", "kcal");
		fields.put("fat (g)", "fatG");
		fields.put("saturated fat", "saturatedFatG");
		fields.put("polyunsaturated fat", "polyunsaturatedFatG");
		fields.put("monounsaturated fat", "monounsaturatedFatG");
		fields.put("trans fat", "transFatG");
		fields.put("cholesterol", "cholesterolMg");
		fields.put("sodium (mg)", "sodiumMg");
		fields.put("potassium", "potassiumMg");
		fields.put("carbohydrates (g)", "carbohydratesG");
		fields.put("fiber", "fiberG");
		fields.put("sugar", "sugarG");
		fields.put("protein (g)", "proteinG");
		fields.put("vitamin a", "vitaminAPct");
		fields.put("vitamin c", "vitaminCPct");
		fields.put("calcium", "calciumPct");
		fields.put("iron", "ironPct");
		return Collections.unmodifiableMap(fields);
	}

}
