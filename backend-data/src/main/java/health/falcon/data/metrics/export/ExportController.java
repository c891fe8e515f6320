package health.falcon.data.metrics.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import health.falcon.kit.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/csv/{metric}} and {@code GET /export/fhir}: the signed-in user's
 * metrics as a download ({@code Content-Disposition: attachment}). The parameters, the
 * metric and the range are checked before the first byte is written, so a problem is
 * still problem+json; the CSV is then written straight to the response.
 */
@RestController
class ExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

	private final CsvExport csv;

	private final FhirExport fhir;

	ExportController(CsvExport csv, FhirExport fhir) {
		this.csv = csv;
		this.fhir = fhir;
	}

	@GetMapping("/export/csv/{metric}")
	void csv(CurrentUser user, @PathVariable String metric, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletResponse response) throws IOException {
		ExportRange range = ExportRange.parse(from, to);
		String fileName = this.csv.fileName(metric, range);
		response.setContentType(TEXT_CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		this.csv.write(user.id(), metric, range, out);
		out.flush();
	}

	@GetMapping("/export/fhir")
	ResponseEntity<byte[]> fhir(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ExportRange range = ExportRange.parse(from, to);
		String fileName = this.fhir.fileName(range);
		byte[] body = FhirExport.json(this.fhir.bundle(user.id(), range)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(body);
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

}
