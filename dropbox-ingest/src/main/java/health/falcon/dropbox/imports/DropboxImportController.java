package health.falcon.dropbox.imports;

import java.net.URI;

import health.falcon.kit.security.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of one file (blood-pressure CSV or CardioMood report) and its import report.
 * Both are scoped to the signed-in user.
 */
@RestController
@RequestMapping("/api/connections/dropbox/imports")
class DropboxImportController {

	private final DropboxImportService imports;

	DropboxImportController(DropboxImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Accepted> upload(CurrentUser user, @RequestPart("file") MultipartFile file) {
		ImportView view = this.imports.start(user.id(), file);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/dropbox/imports/" + view.id()))
			.body(new Accepted(view.id(), view.status()));
	}

	@GetMapping("/{id}")
	ImportView get(CurrentUser user, @PathVariable String id) {
		return this.imports.find(user.id(), id);
	}

	/**
	 * The answer to an upload.
	 *
	 * @param id the import id
	 * @param status {@code QUEUED}, or {@code DUPLICATE} when the content was imported
	 * before
	 */
	record Accepted(String id, ImportStatus status) {

	}

}
