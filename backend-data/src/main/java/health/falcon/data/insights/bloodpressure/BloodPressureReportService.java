package health.falcon.data.insights.bloodpressure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Makes the clinician report of one user's readings for a period: reads them, assembles
 * the {@link ReportModel} and renders it as HTML or PDF. A period without readings still
 * gives a report, which says so.
 */
@Service
class BloodPressureReportService {

	private final ReadingRepository repository;

	private final ReportRenderer renderer;

	private final Clock clock;

	BloodPressureReportService(ReadingRepository repository, ReportRenderer renderer, Clock clock) {
		this.repository = repository;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Make the report.
	 * @param userId the owner, the scope of the query
	 * @param period the local dates to cover
	 * @param format HTML or PDF
	 * @return the report with its file name
	 */
	RenderedReport report(String userId, ReportPeriod period, ReportFormat format) {
		List<Reading> readings = this.repository.find(userId, period.from(), period.to());
		String html = this.renderer.html(ReportModel.of(period, this.clock.instant(), readings));
		byte[] body = (format == ReportFormat.PDF) ? this.renderer.pdf(html) : html.getBytes(StandardCharsets.UTF_8);
		return new RenderedReport(body, format,
				"blood-pressure-" + period.from() + "-" + period.to() + "." + format.extension());
	}

}
