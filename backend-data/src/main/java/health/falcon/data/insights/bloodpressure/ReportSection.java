package health.falcon.data.insights.bloodpressure;

import java.util.List;

/**
 * A table of the report's readings: the mornings, the evenings or the other times.
 *
 * @param title the table's heading
 * @param rows its readings, oldest first
 */
record ReportSection(String title, List<ReportRow> rows) {

}
