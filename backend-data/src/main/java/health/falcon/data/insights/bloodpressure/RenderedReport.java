package health.falcon.data.insights.bloodpressure;

/**
 * A rendered clinician report.
 *
 * @param body the HTML (UTF-8) or PDF bytes
 * @param format its format
 * @param filename the name to save it under, {@code blood-pressure-<from>-<to>.pdf}
 */
record RenderedReport(byte[] body, ReportFormat format, String filename) {

}
