package health.falcon.backend.downloads;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export/csv/{metric}}, {@code /api/export/fhir},
 * {@code /api/reports/blood-pressure} and {@code /api/export/all}: backend-data's
 * download of the same path (without {@code /api}) and query for the signed-in user,
 * streamed through ({@link Downloads}). backend-data's problems reach the browser as they
 * are and its failure is a 502 {@code bad-gateway} ({@code config.BackendDataProblems});
 * these paths are not read paths, so no ETag filter holds their bodies.
 */
@RestController
class DownloadsController {

	private final DownloadsClient backendData;

	DownloadsController(DownloadsClient backendData) {
		this.backendData = backendData;
	}

	@GetMapping("/api/export/csv/{metric}")
	void csv(@PathVariable String metric, @RequestParam MultiValueMap<String, String> query,
			HttpServletResponse response) throws IOException {
		Downloads.relay(this.backendData.csv(metric, query), response);
	}

	@GetMapping("/api/export/fhir")
	void fhir(@RequestParam MultiValueMap<String, String> query, HttpServletResponse response) throws IOException {
		Downloads.relay(this.backendData.fhir(query), response);
	}

	@GetMapping("/api/reports/blood-pressure")
	void bloodPressureReport(@RequestParam MultiValueMap<String, String> query, HttpServletResponse response)
			throws IOException {
		Downloads.relay(this.backendData.bloodPressureReport(query), response);
	}

	@GetMapping("/api/export/all")
	void all(@RequestParam MultiValueMap<String, String> query, HttpServletResponse response) throws IOException {
		Downloads.relay(this.backendData.all(query), response);
	}

}
