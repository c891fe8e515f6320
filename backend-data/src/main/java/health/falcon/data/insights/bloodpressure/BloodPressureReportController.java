package health.falcon.data.insights.bloodpressure;

import health.falcon.kit.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports/blood-pressure?from=&to=&format=html|pdf}: the clinician report of
 * the signed-in user's readings, as a download that is never cached. 400
 * {@code validation} for a missing or bad date, a bad format or {@code from} after
 * {@code to}; 400 {@code range-too-large} beyond {@value ReportPeriod#MAX_DAYS} days.
 */
@RestController
class BloodPressureReportController {

	private final BloodPressureReportService reports;

	BloodPressureReportController(BloodPressureReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/reports/blood-pressure")
	ResponseEntity<byte[]> report(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String format) {
		ReportPeriod period = ReportPeriod.of(from, to);
		RenderedReport report = this.reports.report(user.id(), period, ReportFormat.of(format));
		return ResponseEntity.ok()
			.contentType(report.format().mediaType())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.filename()).build().toString())
			.body(report.body());
	}

}
