package health.falcon.diet.mfpexport;

/**
 * A row that could not be read; the rest of the file still is.
 *
 * @param line the 1-based line the row starts on
 * @param reason what was wrong (no row content, which may be personal)
 */
public record RowError(int line, String reason) {

}
