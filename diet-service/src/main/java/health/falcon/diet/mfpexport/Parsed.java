package health.falcon.diet.mfpexport;

import java.util.List;

/**
 * The result of parsing one summary file.
 *
 * @param <T> the row type
 * @param skipped rows deliberately left out (totals rows) plus rows in {@code errors}
 * @param errors rows that could not be read
 */
public record Parsed<T>(List<T> rows, int skipped, List<RowError> errors) {

}
