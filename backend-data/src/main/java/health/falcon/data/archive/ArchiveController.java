package health.falcon.data.archive;

import health.falcon.kit.security.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/all}: the signed-in user's whole data as a {@code falcon-export}
 * ZIP, streamed as it is written ({@code docs/export-format.md}).
 */
@RestController
class ArchiveController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ArchiveService service;

	ArchiveController(ArchiveService service) {
		this.service = service;
	}

	@GetMapping(path = "/export/all", produces = "application/zip")
	ResponseEntity<StreamingResponseBody> all(CurrentUser user) {
		ArchiveService.Download download = this.service.download(user.id());
		return ResponseEntity.ok()
			.contentType(ZIP)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName()).build().toString())
			.body(download.body());
	}

}
