package health.falcon.diet.mfpexport;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Parses {@code Exercise-Summary-*.csv}: cardio rows (calories, minutes), strength rows
 * (sets, reps, weight) and tracker adjustments (steps). The weight column is named after
 * the account's unit ({@code Pounds}, {@code Kilograms}, {@code Weight (lbs)},
 * {@code Weight (kg)}); weights are converted to kg.
 */
public final class ExerciseSummaryParser {

	private ExerciseSummaryParser() {
	}

	/**
	 * Parse a file.
	 * @param in the file's content (not closed)
	 * @return the rows, skipped rows and row errors
	 * @throws MyFitnessPalParseException if the file cannot be read or is not an Exercise
	 * Summary
	 */
	public static Parsed<ExerciseEntry> parse(InputStream in) throws MyFitnessPalParseException {
		return parse(CsvTable.read(in));
	}

	/**
	 * Parse a table already read.
	 * @return the rows, skipped rows and row errors
	 * @throws MyFitnessPalParseException if the table is not an Exercise Summary
	 */
	public static Parsed<ExerciseEntry> parse(CsvTable table) throws MyFitnessPalParseException {
		if (table.kind() != FileKind.EXERCISE) {
			throw new MyFitnessPalParseException("not an Exercise Summary");
		}
		int weightColumn = weightColumn(table.columns());
		WeightUnit unit = (weightColumn >= 0 && isPounds(table.columns().get(weightColumn))) ? WeightUnit.POUNDS
				: WeightUnit.KILOGRAMS;
		List<ExerciseEntry> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int skipped = 0;
		for (CsvTable.Row row : table.rows()) {
			try {
				ExerciseEntry entry = entry(table, row, weightColumn, unit);
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

	private static @Nullable ExerciseEntry entry(CsvTable table, CsvTable.Row row, int weightColumn, WeightUnit unit) {
		String date = row.get(table.index("date"));
		String name = unquote(row.get(table.index("exercise")));
		if (Values.isTotals(date) || Values.isTotals(name)) {
			return null;
		}
		if (name.isEmpty()) {
			throw new IllegalArgumentException("'exercise' is blank");
		}
		Double weight = Values.nonNegative(row.get(weightColumn), "weight");
		return new ExerciseEntry(row.line(), Values.date(date), name, row.get(table.index("type")),
				Values.number(row.get(table.index("exercise calories")), "exercise calories"),
				Values.nonNegative(row.get(table.index("exercise minutes")), "exercise minutes"),
				Values.nonNegative(row.get(table.index("sets")), "sets"),
				Values.nonNegative(row.get(table.index("reps per set")), "reps per set"),
				(weight != null) ? unit.toKilograms(weight) : null,
				Values.nonNegative(row.get(table.index("steps")), "steps"), Values.text(row.get(table.index("note"))));
	}

	private static String unquote(String name) {
		String result = name;
		while (result.length() >= 2 && result.startsWith("\"") && result.endsWith("\"")) {
			result = result.substring(1, result.length() - 1).strip();
		}
		return result;
	}

	private static int weightColumn(List<String> columns) {
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			if (column.startsWith("weight") || column.equals("pounds") || column.equals("kilograms")) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isPounds(String column) {
		return column.contains("pound") || column.contains("lb");
	}

}
