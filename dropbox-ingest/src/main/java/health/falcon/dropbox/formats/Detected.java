package health.falcon.dropbox.formats;

import java.util.List;

import health.falcon.dropbox.reading.Line;

/**
 * A recognised file: its format, the header (or title) line and, for CSV, the delimiter
 * and header fields.
 *
 * @param header the header or title line
 * @param delimiter the CSV delimiter (tab for reports)
 * @param columns the header fields as written
 */
public record Detected(FileFormat format, Line header, char delimiter, List<String> columns) {

}
