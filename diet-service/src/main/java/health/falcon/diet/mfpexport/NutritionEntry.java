package health.falcon.diet.mfpexport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One Nutrition Summary row: a whole meal (variant N1) or one logged entry (N2, N3).
 *
 * @param line the 1-based line in the file
 * @param meal the meal name (user-defined)
 * @param time the logged time (N2, N3; often blank)
 * @param perEntry whether the row is one entry rather than a meal's total
 * @param nutrients values by field name ({@link NutritionSummaryParser#FIELDS}); blank
 * values are absent; vitamins and minerals are percent of daily value ({@code ...Pct})
 * @param note the note, if any
 */
public record NutritionEntry(int line, LocalDate date, String meal, @Nullable LocalTime time, boolean perEntry,
		Map<String, Double> nutrients, @Nullable String note) {

}
