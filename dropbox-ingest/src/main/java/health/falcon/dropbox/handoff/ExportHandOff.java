package health.falcon.dropbox.handoff;

import java.nio.file.Path;
import java.time.Duration;

import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.imports.ImportAccepted;
import health.falcon.ingest.imports.ImportHandOffClient;
import health.falcon.ingest.time.Sleeper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.service.registry.HttpServiceProxyRegistry;

/**
 * Hands one file to the service that imports it, for the given user, through the declared
 * hand-off contract ({@link ImportHandOffClient}: a multipart upload to that service's
 * {@code /internal/{provider}/imports?record=&user=}) in the service's HTTP service
 * group, with this service's client-credentials token (scope {@code falcon.internal}, see
 * {@link HandOffConfiguration}). The token alone does not let the receiver write into the
 * user: first the file's {@code imported_files} record is classified as a hand-off of
 * this format and content ({@link HandOffRecords#classify}), and the receiver accepts the
 * file only when that record belongs to the named user and the file's SHA-256 is the
 * record's. The receiving service imports it in the background exactly like an upload of
 * the user's own and reports it in its own import API; the answer here only says whether
 * it was accepted.
 */
@Component
public class ExportHandOff {

	private static final Logger logger = LoggerFactory.getLogger(ExportHandOff.class);

	private final HttpServiceProxyRegistry clients;

	private final HandOffProperties properties;

	private final HandOffRecords records;

	private final Sleeper sleeper;

	ExportHandOff(HttpServiceProxyRegistry clients, HandOffProperties properties, HandOffRecords records,
			Sleeper sleeper) {
		this.clients = clients;
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
				ImportAccepted accepted = send(format, file);
				String importId = (accepted != null) ? accepted.id() : null;
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

	private @Nullable ImportAccepted send(ForeignFormat format, HandOffFile file) {
		ImportHandOffClient client = this.clients.getClient(format.service(), ImportHandOffClient.class);
		return client.handOver(format.handOffFormat().provider(), file.recordId(), file.userId(),
				new NamedFile(file.file(), file.fileName()));
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

	/**
	 * The file's content under the name the user gave it, which the multipart part
	 * carries as its {@code filename} (the kept file has a temporary name).
	 */
	private static final class NamedFile extends FileSystemResource {

		private final String name;

		NamedFile(Path path, String name) {
			super(path);
			this.name = name;
		}

		@Override
		public String getFilename() {
			return this.name;
		}

	}

}
