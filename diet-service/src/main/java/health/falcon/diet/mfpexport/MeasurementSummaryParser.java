package health.falcon.diet.mfpexport;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Parses {@code Measurement-Summary-*.csv} ({@code Date,Weight}, possibly widened). The
 * file records no unit: the caller passes the account's. Of the extra columns only
 * {@code Body Fat %} is read; the others (neck, waist, hips) have unverified headers and
 * units and are ignored.
 */
public final class MeasurementSummaryParser {

	private MeasurementSummaryParser() {
	}

	/**
	 * Parse a file.
	 * @param in the file's content (not closed)
	 * @param unit the account's weight unit
	 * @return the rows, skipped rows and row errors
	 * @throws MyFitnessPalParseException if the file cannot be read or is not a
	 * Measurement Summary
	 */
	public static Parsed<MeasurementEntry> parse(InputStream in, WeightUnit unit) throws MyFitnessPalParseException {
		return parse(CsvTable.read(in), unit);
	}

	/**
	 * Parse a table already read.
	 * @param unit the account's weight unit
	 * @return the rows, skipped rows and row errors
	 * @throws MyFitnessPalParseException if the table is not a Measurement Summary
	 */
	public static Parsed<MeasurementEntry> parse(CsvTable table, WeightUnit unit) throws MyFitnessPalParseException {
		if (table.kind() != FileKind.MEASUREMENT) {
			throw new MyFitnessPalParseException("not a Measurement Summary");
		}
		int weight = -1;
		for (int i = 0; i < table.columns().size() && weight < 0; i++) {
			weight = table.columns().get(i).startsWith("weight") ? i : -1;
		}
		List<MeasurementEntry> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int skipped = 0;
		for (CsvTable.Row row : table.rows()) {
			try {
				MeasurementEntry entry = entry(table, row, weight, unit);
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

	private static @Nullable MeasurementEntry entry(CsvTable table, CsvTable.Row row, int weightColumn,
			WeightUnit unit) {
		String date = row.get(table.index("date"));
		if (Values.isTotals(date)) {
			return null;
		}
		Double weight = Values.nonNegative(row.get(weightColumn), "weight");
		Double bodyFat = Values.nonNegative(row.get(table.index("body fat %")), "body fat %");
		if (weight == null && bodyFat == null) {
			throw new IllegalArgumentException("no measurement in the row");
		}
		return new MeasurementEntry(row.line(), Values.date(date), (weight != null) ? unit.toKilograms(weight) : null,
				bodyFat);
	}

}
