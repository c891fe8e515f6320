package health.falcon.dropbox.handoff;

import java.time.Duration;
import java.util.Map;

import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.time.Sleeper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Hands one file to the service that imports it, for the given user, as a multipart
 * upload to that service's {@code /internal/.../imports?record=&user=} endpoint with this
 * service's client-credentials token (scope {@code falcon.internal}). The token alone
 * does not let the receiver write into the user: first the file's {@code imported_files}
 * record is classified as a hand-off of this format and content
 * ({@link HandOffRecords#classify}), and the receiver accepts the file only when that
 * record belongs to the named user and the file's SHA-256 is the record's. The receiving
 * service imports it in the background exactly like an upload of the user's own and
 * reports it in its own import API; the answer here only says whether it was accepted.
 */
@Component
public class ExportHandOff {

	private static final Logger logger = LoggerFactory.getLogger(ExportHandOff.class);

	private final RestClient client;

	private final HandOffProperties properties;

	private final HandOffRecords records;

	private final Sleeper sleeper;

	ExportHandOff(RestClient handOffRestClient, HandOffProperties properties, HandOffRecords records, Sleeper sleeper) {
		this.client = handOffRestClient;
		this.properties = properties;
		this.records = records;
		this.sleeper = sleeper;
	}

	/**
	 * Classify the file's record as a hand-off of this format and content, then hand the
	 * file over.
	 * @param format what the file is
	 * @param file the file, its record and owner
	 * @return how it ended; never throws for a refusal or an unreachable service
	 */
	public HandOffResult handOver(ForeignFormat format, HandOffFile file) {
		if (!this.records.classify(file.recordId(), file.userId(), format.handOffFormat(), file.sha256())) {
			return new HandOffResult(format, false, null, "the file's record is gone; not handed over", false);
		}
		for (int attempt = 1;; attempt++) {
			try {
				Map<?, ?> accepted = send(format, file);
				String importId = (accepted != null && accepted.get("id") instanceof String id) ? id : null;
				return new HandOffResult(format, true, importId,
						"handed over to " + format.service() + ((importId != null) ? " (import " + importId + ")" : ""),
						false);
			}
			catch (RestClientResponseException ex) {
				Duration wait = busyWait(ex);
				if (wait != null && attempt < this.properties.busyAttempts()) {
					// the user's imports at the receiver are at their cap: wait as asked,
					// within bounds, and offer the file again
					this.sleeper.sleep(wait);
					continue;
				}
				boolean retryable = ex.getStatusCode().is5xxServerError() || ex.getStatusCode().value() == 429
						|| ex.getStatusCode().value() == 401;
				logger.warn("{} answered {} to a hand-off", format.service(), ex.getStatusCode().value());
				return new HandOffResult(format, false, null, format.service() + " refused the file: " + detail(ex),
						retryable);
			}
			catch (RestClientException | OAuth2AuthorizationException | IllegalArgumentException ex) {
				// includes an unreachable service and a token that could not be obtained
				logger.warn("Could not hand a file to {}: {}", format.service(), ex.getClass().getSimpleName());
				return new HandOffResult(format, false, null,
						"could not reach " + format.service() + "; the file will be offered again", true);
			}
		}
	}

	private @Nullable Map<?, ?> send(ForeignFormat format, HandOffFile file) {
		HttpHeaders part = new HttpHeaders();
		part.setContentDisposition(ContentDisposition.formData().name("file").filename(file.fileName()).build());
		part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(new FileSystemResource(file.file()), part));
		String uri = this.properties.baseUrl(format) + HandOffProperties.path(format);
		return this.client.post()
			.uri(uri,
					(builder) -> builder.queryParam("record", file.recordId())
						.queryParam("user", file.userId())
						.build())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.body(Map.class);
	}

	/**
	 * How long to wait before offering the file again, when the receiver is only busy.
	 * @return the wait (its {@code Retry-After}, 5 s without one, at most
	 * {@code max-busy-wait}), or {@code null} when the answer is not a 429
	 */
	private @Nullable Duration busyWait(RestClientResponseException ex) {
		if (ex.getStatusCode().value() != 429) {
			return null;
		}
		Duration asked = Duration.ofSeconds(5);
		String retryAfter = (ex.getResponseHeaders() != null) ? ex.getResponseHeaders().getFirst("Retry-After") : null;
		if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
			asked = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
		}
		return (asked.compareTo(this.properties.maxBusyWait()) > 0) ? this.properties.maxBusyWait() : asked;
	}

	private static String detail(RestClientResponseException ex) {
		try {
			ProblemDetail problem = ex.getResponseBodyAs(ProblemDetail.class);
			if (problem != null && problem.getDetail() != null) {
				String detail = problem.getDetail();
				return (detail.length() > 200) ? detail.substring(0, 200) : detail;
			}
		}
		catch (RuntimeException notAProblem) {
			// fall back to the status
		}
		return "HTTP " + ex.getStatusCode().value();
	}

}
