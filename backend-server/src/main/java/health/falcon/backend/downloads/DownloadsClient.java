package health.falcon.backend.downloads;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's downloads, each answered as a stream: the {@link InputStreamResource} of
 * a {@link ResponseEntity} holds the open response body (Spring's {@code RestClient}
 * leaves it open for the caller, who must close it; a resource rather than a bare
 * {@code InputStream}, which the JSON converter would try to read for
 * {@code application/fhir+json}). The query passes through as the browser sent it;
 * backend-data validates it. A 4xx answer is an
 * {@link org.springframework.web.client.HttpClientErrorException}, a 5xx one an
 * {@link org.springframework.web.client.HttpServerErrorException}.
 */
@HttpExchange
interface DownloadsClient {

	@GetExchange("/export/csv/{metric}")
	ResponseEntity<InputStreamResource> csv(@PathVariable String metric,
			@RequestParam MultiValueMap<String, String> query);

	@GetExchange("/export/fhir")
	ResponseEntity<InputStreamResource> fhir(@RequestParam MultiValueMap<String, String> query);

	@GetExchange("/reports/blood-pressure")
	ResponseEntity<InputStreamResource> bloodPressureReport(@RequestParam MultiValueMap<String, String> query);

	@GetExchange("/export/all")
	ResponseEntity<InputStreamResource> all(@RequestParam MultiValueMap<String, String> query);

}
