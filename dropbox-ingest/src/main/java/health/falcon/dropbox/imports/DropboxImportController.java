package health.falcon.dropbox.imports;

import java.net.URI;
import java.util.List;

import health.falcon.kit.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of one file (blood-pressure CSV or CardioMood report), the list of the user's
 * files (uploads and files synced from Dropbox, newest first) and one file's import
 * report. All are scoped to the signed-in user.
 */
@RestController
@RequestMapping("/api/connections/dropbox/imports")
class DropboxImportController {

	private final DropboxImportService imports;

	DropboxImportController(DropboxImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Accepted> upload(CurrentUser user, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String profile) {
		ImportView view = this.imports.start(user.id(), file, profile);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/dropbox/imports/" + view.id()))
			.body(new Accepted(view.id(), view.status()));
	}

	@GetMapping
	List<ImportView> list(CurrentUser user, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.imports.list(user.id(), limit);
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
