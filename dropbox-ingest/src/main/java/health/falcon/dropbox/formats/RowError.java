package health.falcon.dropbox.formats;

/**
 * A row that was not imported, and why.
 *
 * @param line the 1-based line number in the file
 * @param reason a safe, user-facing reason
 */
public record RowError(int line, String reason) {

}
